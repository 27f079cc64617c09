<?php
namespace Fleet\Telematics;

/**
 * Collects pings between requests so they reach the database in batches.
 */
class PingBuffer
{
    /** @var list<Ping> */
    private array $pending = [];

    public function __construct(private PingWriter $writer, private int $flushAt)
    {
    }

    public function push(Ping $ping): void
    {
        $this->pending[] = $ping;
        if ($this->flushAt > 0 && count($this->pending) >= $this->flushAt) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        if ($this->pending === []) {
            return;
        }
        $this->writer->insert($this->pending);
        $this->pending = [];
    }
}
