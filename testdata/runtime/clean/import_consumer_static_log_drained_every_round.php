<?php
// A catalogue import consumer (a worker class of the project's own): it
// takes each batch its transport hands over and runs the row handler for
// every message. Handlers note what they imported in a static log; a
// listener ships and drains it after every round of the loop, idle or
// not.

final class ImportMessage
{
    public function __construct(public readonly string $sku, public readonly string $payload)
    {
    }
}

final class QueueTransport
{
    private int $sent = 0;

    public function __construct(private int $limit)
    {
    }

    /** @return list<ImportMessage> */
    public function get(): array
    {
        if ($this->sent >= $this->limit) {
            return [];
        }
        $n = $this->sent++;

        return [new ImportMessage("SKU-$n", str_repeat('p', 700))];
    }

    public function drained(): bool
    {
        return $this->sent >= $this->limit;
    }
}

final class ImportLog
{
    /** @var list<string> */
    private static array $lines = [];

    public static function note(string $line): void
    {
        self::$lines[] = $line;
    }

    /** @return list<string> */
    public static function drain(): array
    {
        $lines = self::$lines;
        self::$lines = [];

        return $lines;
    }
}

final class RowImporter
{
    public function handle(ImportMessage $message): void
    {
        ImportLog::note(sprintf('imported %s (%d bytes): %s', $message->sku, strlen($message->payload), substr($message->payload, 0, 600)));
    }
}

final class IdleEvent
{
    public function __construct(private bool $idle)
    {
    }

    public function isWorkerIdle(): bool
    {
        return $this->idle;
    }
}

final class LogShipper
{
    public int $shipped = 0;

    public function onRunning(IdleEvent $event): void
    {
        $this->shipped += count(ImportLog::drain());
    }
}

final class ImportConsumer
{
    public function __construct(private QueueTransport $transport, private RowImporter $importer, private LogShipper $shipper)
    {
    }

    public function run(): void
    {
        while (!$this->transport->drained()) {
            $handled = false;
            foreach ($this->transport->get() as $message) {
                $this->importer->handle($message);
                $handled = true;
            }
            $this->shipper->onRunning(new IdleEvent(!$handled));
        }
    }
}

$consumer = new ImportConsumer(new QueueTransport((int) (getenv('PHPLEAK_N') ?: 100)), new RowImporter(), new LogShipper());
$consumer->run();
