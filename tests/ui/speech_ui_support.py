"""A voice for UI tests: it says nothing and finishes a sentence when the test says so."""
from microcourt.speech.engine import Voice


class FakeVoice(Voice):
    name = "测试语音"

    def __init__(self):
        self.spoken, self.pending, self.closed = [], [], False

    def speak(self, sentence, speed, done):
        self.spoken.append((sentence, speed))
        self.pending.append(done)

    def stop(self):
        pass

    def close(self):
        self.closed = True

    def finish(self, qtbot):
        self.pending.pop(0)()
        qtbot.wait(5)  # the queued 'done' reaches the GUI thread
