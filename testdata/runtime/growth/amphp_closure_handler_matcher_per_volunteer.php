<?php
// An AMPHP-style server hands each request to a ClosureRequestHandler
// whose closure captures the shift matcher. The matcher compiles a
// matcher per volunteer and keeps each one: an entry per volunteer seen.

namespace Amp\Http\Server {
    final class ClosureRequestHandler
    {
        public function __construct(private \Closure $closure)
        {
        }

        public function handleRequest(array $request): string
        {
            return ($this->closure)($request);
        }
    }

    final class SocketHttpServer
    {
        public function start(ClosureRequestHandler $handler, int $requests): void
        {
            for ($i = 0; $i < $requests; $i++) {
                $handler->handleRequest(['volunteer' => (string) (5000 + $i), 'day' => ['mon', 'tue', 'wed'][$i % 3], 'notes' => str_repeat('available mornings ', 12)]);
            }
        }
    }
}

namespace {
    use Amp\Http\Server\ClosureRequestHandler;
    use Amp\Http\Server\SocketHttpServer;

    final class ShiftMatcher
    {
        /** @var array<string, Closure> */
        private array $compiled = [];

        public function matches(string $volunteer, string $day, string $notes): bool
        {
            $key = 'v' . $volunteer . ':' . $day;
            $match = $this->compiled[$key] ??= static fn (string $slot): bool => str_contains($notes, $slot); // leak

            return $match($day);
        }
    }

    $matcher = new ShiftMatcher();
    $handler = new ClosureRequestHandler(static function (array $request) use ($matcher): string {
        return $matcher->matches($request['volunteer'], $request['day'], $request['notes']) ? 'ok' : 'no';
    });
    (new SocketHttpServer())->start($handler, (int) (getenv('PHPLEAK_N') ?: 100));
}
