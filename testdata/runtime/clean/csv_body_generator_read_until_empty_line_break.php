<?php
// An export worker streams each export's body: the body keeps a
// generator of lines over itself and hands out one line per read(), ''
// once done. The emitter reads in while (true) and breaks on '': the
// generator runs to its end and lets go of the body.

final class CsvBody
{
    private ?Generator $lines = null;

    public function __construct(private array $rows)
    {
    }

    public function read(): string
    {
        if ($this->lines === null) {
            $this->lines = $this->generate();
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
        while (true) {
            $line = $body->read();
            if ($line === '') {
                break;
            }
            $this->bytes += strlen($line);
        }
    }
}

$emitter = new Emitter();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $emitter->emit(new CsvBody(array_fill(0, 5, ['order-' . $i, str_repeat('x', 40), '19.99'])));
}
