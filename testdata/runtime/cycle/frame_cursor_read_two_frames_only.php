<?php
// A socket server decodes each chunk into a bundle of frames. The bundle
// keeps a generator over its own buffer as a cursor, and nextFrame()
// hands out one frame per call, null once the generator is done. The
// handler reads only the two frames it needs: the generator stays
// suspended, holding the bundle that holds it, a cycle per chunk.

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
        return $this->cursor ??= $this->frames(); // leak
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
        for ($k = 0; $k < 2; $k++) {
            $frame = $bundle->nextFrame();
            if ($frame === null) {
                return;
            }
            $this->values += strlen($frame);
        }
    }
}

$handler = new RegisterHandler();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(new FrameBundle(implode("\n", ['1.8.0=' . (4200000 + $i), '2.8.0=' . (310000 + $i), str_repeat('32.7.0=229;', 20)])));
}
