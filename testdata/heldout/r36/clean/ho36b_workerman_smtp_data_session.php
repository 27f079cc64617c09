<?php

declare(strict_types=1);

namespace Workerman\Connection {
    class TcpConnection
    {
        public static int $idRecorder = 1;
        public int $id;
        /** @var list<string> */
        public array $sent = [];

        public function __construct(public readonly string $remoteAddress)
        {
            $this->id = self::$idRecorder++;
        }

        public function send(string $data): void
        {
            $this->sent[] = $data;
        }

        public function close(string $data = ''): void
        {
            if ($data !== '') {
                $this->send($data);
            }
        }

        public function getRemoteIp(): string
        {
            return strstr($this->remoteAddress, ':', true) ?: $this->remoteAddress;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    /** Stand-in for a Workerman TCP worker: callbacks set at boot, then the event loop runs. */
    class Worker
    {
        public string $name = 'none';
        public int $count = 1;
        /** @var callable|null */
        public $onWorkerStart = null;
        /** @var callable|null */
        public $onConnect = null;
        /** @var callable|null */
        public $onMessage = null;
        /** @var callable|null */
        public $onClose = null;

        /** @var list<Worker> */
        private static array $workers = [];
        /** @var \Closure(int): list<string> */
        public static \Closure $trafficSource;

        public function __construct(public readonly string $socketName)
        {
            self::$workers[] = $this;
        }

        public static function runAll(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            foreach (self::$workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
                for ($i = 0; $i < $n; $i++) {
                    $connection = new TcpConnection(sprintf('198.51.100.%d:%d', $i % 250, 40000 + $i % 20000));
                    ($worker->onConnect)($connection);
                    foreach ((self::$trafficSource)($i) as $line) {
                        ($worker->onMessage)($connection, $line);
                    }
                    ($worker->onClose)($connection);
                }
            }
        }
    }
}

namespace App\Smtp {
    use Workerman\Connection\TcpConnection;

    final class HeaderTokenizer
    {
        /** @var list<callable(string, string): void> */
        private array $headerListeners = [];

        public function onHeader(callable $listener): void
        {
            $this->headerListeners[] = $listener;
        }

        /** Emits every unfolded header; returns the offset where the body starts. */
        public function feed(string $raw): int
        {
            $end = strpos($raw, "\r\n\r\n");
            $block = $end === false ? $raw : substr($raw, 0, $end);
            $unfolded = preg_replace("/\r\n[ \t]+/", ' ', $block);
            foreach (explode("\r\n", $unfolded) as $line) {
                $colon = strpos($line, ':');
                if ($colon === false) {
                    continue;
                }
                foreach ($this->headerListeners as $listener) {
                    $listener(substr($line, 0, $colon), ltrim(substr($line, $colon + 1)));
                }
            }

            return $end === false ? strlen($raw) : $end + 4;
        }
    }

    final class ParsedMessage
    {
        /** @param array<string, list<string>> $headers */
        public function __construct(
            public readonly string $envelopeFrom,
            public readonly array $recipients,
            public readonly array $headers,
            public readonly int $bodyLength,
        ) {
        }

        public function header(string $name): ?string
        {
            return $this->headers[strtolower($name)][0] ?? null;
        }
    }

    final class MessageReader
    {
        private HeaderTokenizer $tokenizer;

        /** @param list<string> $recipients */
        public function __construct(
            private string $envelopeFrom,
            private array $recipients,
            private string $raw,
        ) {
            $this->tokenizer = new HeaderTokenizer();
        }

        public function read(): ParsedMessage
        {
            $headers = [];
            $this->tokenizer->onHeader(static function (string $name, string $value) use (&$headers): void {
                $headers[strtolower($name)][] = $value;
            });
            $bodyStart = $this->tokenizer->feed($this->raw);

            return new ParsedMessage($this->envelopeFrom, $this->recipients, $headers, strlen($this->raw) - $bodyStart);
        }
    }

    final class MailboxRouter
    {
        /** @var array<string, int> */
        private array $delivered = [];

        /** @param array<string, string> $routes address => mailbox */
        public function __construct(private array $routes)
        {
        }

        public function deliver(ParsedMessage $message): int
        {
            $accepted = 0;
            foreach ($message->recipients as $rcpt) {
                $mailbox = $this->routes[strtolower($rcpt)] ?? null;
                if ($mailbox !== null) {
                    $this->delivered[$mailbox] = ($this->delivered[$mailbox] ?? 0) + 1;
                    $accepted++;
                }
            }

            return $accepted;
        }
    }

    /** One SMTP conversation (RFC 5321), kept for the lifetime of a connection. */
    final class SmtpSession
    {
        private string $state = 'greeted';
        private string $mailFrom = '';
        /** @var list<string> */
        private array $rcptTo = [];
        private string $data = '';

        public function __construct(private TcpConnection $connection, private MailboxRouter $router, private string $hostname)
        {
            $connection->send("220 {$hostname} ESMTP ready\r\n");
        }

        public function handleLine(string $line): void
        {
            if ($this->state === 'data') {
                if ($line === ".\r\n") {
                    $this->finishData();

                    return;
                }
                $this->data .= str_starts_with($line, '..') ? substr($line, 1) : $line;

                return;
            }

            $verb = strtoupper(substr($line, 0, 4));
            match ($verb) {
                'EHLO', 'HELO' => $this->connection->send("250 {$this->hostname}\r\n"),
                'MAIL' => $this->mailFrom = $this->reply(trim(substr($line, 10), "<> \r\n"), '250 2.1.0 Ok'),
                'RCPT' => $this->rcptTo[] = $this->reply(trim(substr($line, 8), "<> \r\n"), '250 2.1.5 Ok'),
                'DATA' => $this->state = $this->reply('data', '354 End data with <CR><LF>.<CR><LF>'),
                'QUIT' => $this->connection->close("221 2.0.0 Bye\r\n"),
                default => $this->connection->send("502 5.5.2 Command not recognized\r\n"),
            };
        }

        private function reply(string $value, string $response): string
        {
            $this->connection->send($response . "\r\n");

            return $value;
        }

        private function finishData(): void
        {
            $message = (new MessageReader($this->mailFrom, $this->rcptTo, $this->data))->read();
            $accepted = $this->router->deliver($message);
            $id = substr(hash('xxh64', (string) $message->header('Message-ID')), 0, 10);
            $this->connection->send($accepted > 0 ? "250 2.0.0 Ok: queued as {$id}\r\n" : "550 5.1.1 Mailbox unavailable\r\n");
            $this->state = 'greeted';
            $this->mailFrom = '';
            $this->rcptTo = [];
            $this->data = '';
        }
    }
}

namespace {
    use App\Smtp\MailboxRouter;
    use App\Smtp\SmtpSession;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    Worker::$trafficSource = static function (int $i): array {
        $rcpt = ['support@inbound.acme-mail.test', 'replies+' . (7000 + $i) . '@inbound.acme-mail.test', 'billing@inbound.acme-mail.test'][$i % 3];
        $lines = [
            "EHLO mta{$i}.sender.test\r\n",
            'MAIL FROM:<newsletter-' . $i . "@sender.test>\r\n",
            "RCPT TO:<{$rcpt}>\r\n",
            "DATA\r\n",
            'Received: from mta' . $i . '.sender.test (mta' . $i . '.sender.test [203.0.113.' . ($i % 200) . "])\r\n\tby mx1.acme-mail.test with ESMTPS id " . bin2hex(random_bytes(6)) . "\r\n",
            'Message-ID: <' . bin2hex(random_bytes(10)) . "@sender.test>\r\n",
            "From: \"Sender Newsletter\" <newsletter-{$i}@sender.test>\r\n",
            "To: <{$rcpt}>\r\n",
            'Subject: Re: your question about invoice INV-' . (30000 + $i) . " and the\r\n upcoming renewal of plan Pro (seat count " . ($i % 40) . ")\r\n",
            'Date: ' . date(DATE_RFC2822, 1719000000 + $i * 11) . "\r\n",
            "DKIM-Signature: v=1; a=rsa-sha256; d=sender.test; s=s1; h=from:to:subject:date;\r\n\tbh=" . base64_encode(random_bytes(32)) . ";\r\n\tb=" . base64_encode(random_bytes(96)) . "\r\n",
            "\r\n",
            "Thanks for reaching out about invoice INV-" . (30000 + $i) . ".\r\n",
            str_repeat('Our records show the renewal is scheduled for next month. ', 4) . "\r\n",
            ".\r\n",
            "QUIT\r\n",
        ];

        return $lines;
    };

    $smtp = new Worker('tcp://0.0.0.0:2525');
    $smtp->name = 'inbound-smtp';
    $router = null;
    /** @var array<int, SmtpSession> $sessions */
    $sessions = [];

    $smtp->onWorkerStart = function () use (&$router): void {
        $router = new MailboxRouter([
            'support@inbound.acme-mail.test' => 'support',
            'billing@inbound.acme-mail.test' => 'billing',
        ]);
    };
    $smtp->onConnect = function (TcpConnection $connection) use (&$sessions, &$router): void {
        $sessions[$connection->id] = new SmtpSession($connection, $router, 'mx1.acme-mail.test');
    };
    $smtp->onMessage = function (TcpConnection $connection, string $line) use (&$sessions): void {
        $sessions[$connection->id]->handleLine($line);
    };
    $smtp->onClose = function (TcpConnection $connection) use (&$sessions): void {
        unset($sessions[$connection->id]);
    };

    Worker::runAll();
}
