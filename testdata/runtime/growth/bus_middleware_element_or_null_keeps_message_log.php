<?php
// A message bus runs its middleware by index: the next one is
// $this->middleware[$i] ?? null, called with ?->. A logging middleware
// given to the bus at start keeps every message it sees.

interface Middleware
{
    public function handle(object $message, callable $next): void;
}

final class MessageJournal
{
    /** @var list<string> */
    private array $seen = [];

    public function note(object $message): void
    {
        $this->seen[] = get_class($message) . ': ' . json_encode($message); // leak
    }
}

final class MessageLog implements Middleware
{
    public function __construct(private MessageJournal $journal)
    {
    }

    public function handle(object $message, callable $next): void
    {
        $this->journal->note($message);
        $next($message);
    }
}

final class SendMail implements Middleware
{
    public function handle(object $message, callable $next): void
    {
        $next($message);
    }
}

final class Bus
{
    /** @param list<Middleware> $middleware */
    public function __construct(private array $middleware)
    {
    }

    public function dispatch(object $message): void
    {
        $this->run($message, 0);
    }

    private function run(object $message, int $i): void
    {
        $middleware = $this->middleware[$i] ?? null;
        $middleware?->handle($message, fn (object $m) => $this->run($m, $i + 1));
    }
}

final class WelcomeMail
{
    public function __construct(public string $to, public string $body)
    {
    }
}

$bus = new Bus([new MessageLog(new MessageJournal()), new SendMail()]);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($k = 0; $k < $n; $k++) {
    $bus->dispatch(new WelcomeMail("user{$k}@example.test", str_repeat('welcome ', 80)));
}
