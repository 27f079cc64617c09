<?php
// A socket server decodes each chunk into a bundle of frames. The bundle
// keeps a generator over its own buffer as a cursor, and nextFrame()
// hands out one frame per call, null once the generator is done. Every
// handler calls nextFrame() until it returns null: the generator runs to
// its end and lets go of the bundle, so no cycle is left.

final class FrameBundle
{
    private ?Generator $cursor = null;

    public function __construct(private string $buffer)
    {
    }

    private function frames(): Generator
    {
        foreach (explode("\n", $this->buffer) as $frame) {
            yield $frame;
        }
    }

    private function cursor(): Generator
    {
        return $this->cursor ??= $this->frames();
    }

    public function nextFrame(): ?string
    {
        $cursor = $this->cursor();
        if (!$cursor->valid()) {
            return null;
        }
        $frame = $cursor->current();
        $cursor->next();

        return $frame;
    }
}

final class RegisterHandler
{
    public int $values = 0;

    public function handle(FrameBundle $bundle): void
    {
        while (($frame = $bundle->nextFrame()) !== null) {
            $this->values += strlen($frame);
        }
    }
}

$handler = new RegisterHandler();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(new FrameBundle(implode("\n", ['1.8.0=' . (4200000 + $i), '2.8.0=' . (310000 + $i), str_repeat('32.7.0=229;', 20)])));
}
