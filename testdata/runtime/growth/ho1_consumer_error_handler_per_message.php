<?php
// A console consume command turns PHP warnings into exceptions with message context by installing an error handler around each handled message.

#[Attribute(Attribute::TARGET_CLASS)]
final class AsCommand
{
    public function __construct(public readonly string $name, public readonly string $description = '') {}
}

final class MessageContextException extends ErrorException
{
}

final class InMemoryReceiver
{
    private int $i = 0;

    public function __construct(private int $n) {}

    public function get(): ?array
    {
        if ($this->i >= $this->n) {
            return null;
        }
        $i = $this->i++;
        return [
            'id' => 'msg-' . $i,
            'class' => 'App\\Message\\ImportRow',
            'body' => ['row' => $i, 'csv' => str_repeat("{$i};name;email@example.org;", 12)],
        ];
    }

    public function ack(array $envelope): void
    {
    }

    public function reject(array $envelope): void
    {
    }
}

final class ImportRowHandler
{
    public int $imported = 0;

    public function __invoke(array $body): void
    {
        $cols = explode(';', $body['csv']);
        $this->imported += count($cols) > 3 ? 1 : 0;
    }
}

#[AsCommand(name: 'app:import:consume')]
final class ConsumeImportCommand
{
    public function __construct(private InMemoryReceiver $receiver, private ImportRowHandler $handler) {}

    public function execute(): int
    {
        while (($envelope = $this->receiver->get()) !== null) {
            $this->handle($envelope);
        }
        return 0;
    }

    private function handle(array $envelope): void
    {
        set_error_handler(static function (int $severity, string $message, string $file, int $line) use ($envelope): bool { // leak
            throw new MessageContextException(sprintf('[%s] %s', $envelope['id'], $message), 0, $severity, $file, $line);
        });
        try {
            ($this->handler)($envelope['body']);
            $this->receiver->ack($envelope);
        } catch (MessageContextException) {
            $this->receiver->reject($envelope);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$command = new ConsumeImportCommand(new InMemoryReceiver($n), new ImportRowHandler());
$command->execute();
