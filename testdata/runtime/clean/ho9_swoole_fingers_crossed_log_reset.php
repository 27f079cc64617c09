<?php
// Swoole HTTP server whose logger holds debug records in a fingers-crossed handler until a request logs an error; the request callback resets the logger after responding.

namespace Swoole\Http {
    final class Request { public function __construct(public array $server, public array $get) {} }

    final class Response { public function end(string $body): void {} }

    final class Server
    {
        private array $callbacks = [];

        public function on(string $event, callable $callback): void { $this->callbacks[$event] = $callback; }

        public function serve(int $requests): void
        {
            for ($i = 0; $i < $requests; $i++) {
                ($this->callbacks['request'])(new Request(['request_uri' => '/search'], ['q' => 'term' . $i, 'page' => $i % 7]), new Response());
            }
        }
    }
}

namespace App\Log {
    final class FingersCrossedHandler
    {
        private array $buffer = [];
        private bool $buffering = true;
        public int $passedThrough = 0;

        public function __construct(private string $activationLevel = 'ERROR', private int $bufferSize = 0) {}

        public function handle(array $record): void
        {
            if (!$this->buffering) {
                $this->passedThrough++;
                return;
            }
            $this->buffer[] = $record;
            if ($this->bufferSize > 0 && count($this->buffer) > $this->bufferSize) {
                array_shift($this->buffer);
            }
            if ($record['level'] === $this->activationLevel) {
                $this->passedThrough += count($this->buffer);
                $this->buffer = [];
                $this->buffering = false;
            }
        }

        public function reset(): void
        {
            $this->buffer = [];
            $this->buffering = true;
        }
    }

    final class Logger
    {
        public function __construct(private FingersCrossedHandler $handler) {}

        public function debug(string $message, array $context = []): void { $this->handler->handle(['level' => 'DEBUG', 'message' => $message, 'context' => $context]); }

        public function error(string $message, array $context = []): void { $this->handler->handle(['level' => 'ERROR', 'message' => $message, 'context' => $context]); }

        public function reset(): void { $this->handler->reset(); }
    }
}

namespace {
    use App\Log\FingersCrossedHandler;
    use App\Log\Logger;
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $logger = new Logger(new FingersCrossedHandler('ERROR'));
    $server = new Server();
    $server->on('request', static function (Request $request, Response $response) use ($logger): void {
        $sql = 'SELECT id, title, body FROM articles WHERE MATCH(title, body) AGAINST (? IN BOOLEAN MODE) ' . str_repeat('AND status = 1 ', 20);
        $logger->debug('search query', ['q' => $request->get['q'], 'page' => $request->get['page'], 'sql' => $sql, 'ua' => str_repeat('Mozilla/5.0 ', 20)]);
        $response->end(json_encode(['hits' => [], 'page' => $request->get['page']]));
        $logger->reset();
    });
    $server->serve($n);
}
