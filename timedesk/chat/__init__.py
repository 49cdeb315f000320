"""The live chat: private messages between signed-in people, unread counts and who is online."""
