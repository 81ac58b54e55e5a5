// Slack emoji names the page can draw without any image or network: unicode where there is one,
// and a text chip for Slack's custom favourites (:gopher: is an image in a real workspace).
"use strict";
window.EMOJI = {
  "+1": "👍", "thumbsup": "👍", "-1": "👎", "thumbsdown": "👎", "wave": "👋", "clap": "👏", "pray": "🙏",
  "raised_hands": "🙌", "ok_hand": "👌", "muscle": "💪", "point_up": "☝️", "point_right": "👉", "v": "✌️",
  "smile": "😄", "smiley": "😃", "grinning": "😀", "slightly_smiling_face": "🙂", "wink": "😉", "joy": "😂",
  "laughing": "😆", "sweat_smile": "😅", "rofl": "🤣", "heart_eyes": "😍", "thinking_face": "🤔", "thinking": "🤔",
  "neutral_face": "😐", "confused": "😕", "cry": "😢", "sob": "😭", "scream": "😱", "sunglasses": "😎",
  "nerd_face": "🤓", "face_palm": "🤦", "facepalm": "🤦", "shrug": "🤷", "upside_down_face": "🙃", "eyes": "👀",
  "heart": "❤️", "blue_heart": "💙", "green_heart": "💚", "yellow_heart": "💛", "purple_heart": "💜",
  "broken_heart": "💔", "fire": "🔥", "sparkles": "✨", "star": "⭐", "star2": "🌟", "zap": "⚡", "boom": "💥",
  "tada": "🎉", "confetti_ball": "🎊", "rocket": "🚀", "100": "💯", "white_check_mark": "✅",
  "heavy_check_mark": "✔️", "x": "❌", "warning": "⚠️", "no_entry": "⛔", "question": "❓", "exclamation": "❗",
  "bulb": "💡", "memo": "📝", "book": "📖", "books": "📚", "link": "🔗", "lock": "🔒", "key": "🔑", "bug": "🐛",
  "hammer_and_wrench": "🛠️", "wrench": "🔧", "gear": "⚙️", "computer": "💻", "keyboard": "⌨️",
  "coffee": "☕", "tea": "🍵", "beer": "🍺", "beers": "🍻", "pizza": "🍕", "cake": "🍰", "cookie": "🍪",
  "coin": "🪙", "moneybag": "💰", "trophy": "🏆", "medal": "🏅", "gift": "🎁", "balloon": "🎈",
  "wave_dash": "〰️", "hourglass": "⌛", "alarm_clock": "⏰", "calendar": "📅", "mega": "📣", "loudspeaker": "📢",
  "bell": "🔔", "speech_balloon": "💬", "mag": "🔍", "globe_with_meridians": "🌐", "earth_americas": "🌎",
  "sun": "☀️", "sunny": "☀️", "rainbow": "🌈", "snowflake": "❄️", "cloud": "☁️", "umbrella": "☂️",
  "hamster": "🐹", "rabbit": "🐰", "dog": "🐶", "cat": "🐱", "penguin": "🐧", "crab": "🦀", "snake": "🐍",
  "whale": "🐳", "unicorn_face": "🦄", "robot_face": "🤖", "ghost": "👻", "skull": "💀", "poop": "💩",
  "see_no_evil": "🙈", "hear_no_evil": "🙉", "speak_no_evil": "🙊", "handshake": "🤝", "seedling": "🌱",
  "herb": "🌿", "four_leaf_clover": "🍀", "game_die": "🎲", "dart": "🎯", "popcorn": "🍿",
  "put_litter_in_its_place": "🚮", "recycle": "♻️", "arrow_up": "⬆️", "arrow_down": "⬇️", "arrow_right": "➡️",
  "arrow_left": "⬅️", "repeat": "🔁", "new": "🆕", "free": "🆓", "ok": "🆗", "cool": "🆒", "sos": "🆘"
};
// Custom emoji of Go workspaces, drawn as a small text chip.
window.TEXT_EMOJI = {
  "gopher": "ʕ◔ϖ◔ʔ", "gopherdance": "ʕ◔ϖ◔ʔ♪", "golang": "Go", "go": "Go",
  "table_flip": "(╯°□°)╯︵ ┻━┻", "tableflip": "(╯°□°)╯︵ ┻━┻", "flip_table": "(╯°□°)╯︵ ┻━┻",
  "table_unflip": "┬─┬ノ( º _ ºノ)", "put_table_back": "┬─┬ノ( º _ ºノ)", "unflip": "┬─┬ノ( º _ ºノ)",
  "shrug_ascii": "¯\\_(ツ)_/¯", "party_parrot": "🦜", "partyparrot": "🦜", "parrot": "🦜",
  "this-is-fine": "🔥☕🔥", "this_is_fine": "🔥☕🔥", "lgtm": "LGTM", "+1000": "+1000", "catjam": "🐱♪",
  "slack": "#", "github": "GH", "docker": "🐳", "kubernetes": "☸️", "k8s": "☸️"
};
// The picker's choices when a person adds a reaction.
window.QUICK_REACTIONS = ["+1", "heart", "joy", "tada", "eyes", "pray", "rocket", "gopher"];

// Unicode for a name, or null when the page can only show it as text.
window.emojiFor = function (name) {
  const key = String(name).replace(/::skin-tone-\d$/, "");
  return window.EMOJI[key] || window.TEXT_EMOJI[key] || null;
};
window.isTextEmoji = function (name) {
  return !window.EMOJI[name] && !!window.TEXT_EMOJI[name];
};
