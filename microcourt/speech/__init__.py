"""Read-aloud engines behind one interface (issue 18), pure Python, no Qt.

    script = Script.from_text("本协议一式三份。")          # or a document's (services/readings)
    voice = OfflineVoice(OfflineEngine(), open_output())   # or the UI's platform voice
    reader = Reader(voice, script, on_change=show)          # play / pause / repeat / speed
    write_wav(OfflineEngine(), script, "reading.wav")       # what the CLI writes

Modules: spoken (figures and dates in words), numbers, terms (fixed legal readings),
pinyin, script (passages and sentences), engine (the Voice interface), espeak (the
wheel's library), offline (the fallback voice), audio (sound outputs), reader, wav,
choice (which voice a PC uses).
"""
