"""Qt-free domain rules shared by the reference server and the console."""
