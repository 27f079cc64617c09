<?php
// A Workerman text-protocol server parses each incoming line with a CommandParser that keeps its token generator in a property.

namespace Workerman\Connection {
    final class TcpConnection
    {
        public string $lastReply = '';

        public function send(string $data): bool
        {
            $this->lastReply = $data;
            return true;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    final class Worker
    {
        public $onMessage = null;

        public function __construct(public string $socketName) {}

        public function deliver(TcpConnection $conn, string $data): void
        {
            ($this->onMessage)($conn, $data);
        }
    }
}

namespace App\Protocol {
    final class CommandParser
    {
        private \Generator $tokens;

        public function __construct(private string $raw)
        {
            $this->tokens = $this->tokenize();
        }

        private function tokenize(): \Generator
        {
            foreach (preg_split('/\s+/', trim($this->raw)) as $token) {
                yield strtoupper($token) === $token ? strtolower($token) : $token;
            }
        }

        public function command(): array
        {
            $verb = $this->tokens->current();
            $this->tokens->next();
            $key = $this->tokens->current();
            $args = [];
            for ($this->tokens->next(); $this->tokens->valid(); $this->tokens->next()) {
                $args[] = $this->tokens->current();
            }
            return [$verb, $key, $args];
        }
    }
}

namespace {
    use App\Protocol\CommandParser;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $store = [];
    $worker = new Worker('text://0.0.0.0:8282');
    $worker->onMessage = function (TcpConnection $conn, string $data) use (&$store): void {
        [$verb, $key, $args] = (new CommandParser($data))->command();
        $conn->send($verb === 'get' ? ($store[$key] ?? 'NIL') : 'OK');
    };

    $conn = new TcpConnection();
    for ($i = 0; $i < $n; $i++) {
        $worker->deliver($conn, "GET session:{$i} " . str_repeat("field{$i} ", 40));
    }
}
