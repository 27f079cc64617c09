<?php
// An export worker streams each export's body: the body keeps a
// generator of lines over itself and hands out one line per read(), ''
// once done. The emitter sends only a preview, the first two lines: the
// generator stays suspended, holding the body that holds it (a garbage
// cycle per export).

final class CsvBody
{
    private ?Generator $lines = null;

    public function __construct(private array $rows)
    {
    }

    public function read(): string
    {
        if ($this->lines === null) {
            $this->lines = $this->generate(); // leak
        } else {
            $this->lines->next();
        }
        return $this->lines->valid() ? $this->lines->current() : '';
    }

    private function generate(): Generator
    {
        foreach ($this->rows as $row) {
            yield implode(',', $row) . "\n";
        }
    }
}

final class Emitter
{
    public int $bytes = 0;

    public function emit(CsvBody $body): void
    {
        for ($k = 0; $k < 2; $k++) {
            $this->bytes += strlen($body->read());
        }
    }
}

$emitter = new Emitter();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $emitter->emit(new CsvBody(array_fill(0, 5, ['order-' . $i, str_repeat('x', 40), '19.99'])));
}
