<?php
// A download registers a progress callback that captures $self by value while it is still null, then assigns $self = $this.

final class Download
{
    private ?Closure $onProgress = null;
    public int $received = 0;
    public string $buffer = '';

    public function __construct(public readonly string $url) {}

    public function start(): void
    {
        $self = null;
        $onProgress = static function (int $bytes) use ($self): void {
            if ($self !== null) {
                $self->received += $bytes;
            }
        };
        $self = $this;
        $this->onProgress = $onProgress;
    }

    public function receive(string $chunk): void
    {
        $this->buffer .= $chunk;
        $this->received += strlen($chunk);
        ($this->onProgress)(strlen($chunk));
    }
}

function handle(int $i): int
{
    $download = new Download("https://cdn.example.test/files/{$i}.bin");
    $download->start();
    $download->receive(str_repeat('b', 700));
    return $download->received;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
