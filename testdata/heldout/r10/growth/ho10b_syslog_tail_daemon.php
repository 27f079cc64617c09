<?php

declare(strict_types=1);

namespace LogRelay\Input {
    /** Stand-in for a non-blocking UDP syslog socket: yields raw RFC 5424 datagrams. */
    final class SyslogSocket
    {
        public function __construct(private int $datagrams)
        {
        }

        /** @return \Generator<int, string> */
        public function datagrams(): \Generator
        {
            $apps = ['nginx', 'php-fpm', 'postgres', 'sshd', 'cron'];
            for ($i = 0; $i < $this->datagrams; $i++) {
                $app = $apps[$i % count($apps)];
                yield sprintf(
                    '<%d>1 2024-03-%02dT%02d:%02d:%02d.%03dZ web-%02d.dc1.internal %s %d ID%d [meta sequenceId="%d" region="eu-west-1" build="%s"] %s',
                    8 + $i % 16,
                    1 + $i % 28, $i % 24, $i % 60, ($i * 7) % 60, $i % 1000,
                    $i % 12, $app, 1000 + $i % 5000, $i % 50, $i,
                    hash('crc32b', "b$i"),
                    sprintf('upstream response time %d ms for GET /api/v2/accounts/%d/invoices?page=%d&per_page=50 client=198.51.100.%d user_agent="curl/8.%d.0" request_id=%s', ($i * 37) % 2000, $i, $i % 9, $i % 250, $i % 6, hash('sha1', "r$i")),
                );
            }
        }
    }
}

namespace LogRelay {
    final class LogLine
    {
        public function __construct(
            public readonly int $severity,
            public readonly string $timestamp,
            public readonly string $host,
            public readonly string $app,
            public readonly array $structured,
            public readonly string $message,
        ) {
        }
    }

    final class Rfc5424Parser
    {
        private const PATTERN = '/^<(\d+)>1 (\S+) (\S+) (\S+) \S+ \S+ \[meta ([^\]]*)\] (.*)$/';

        public function parse(string $datagram): ?LogLine
        {
            if (!preg_match(self::PATTERN, $datagram, $m)) {
                return null;
            }
            preg_match_all('/(\w+)="([^"]*)"/', $m[5], $pairs, PREG_SET_ORDER);
            $structured = [];
            foreach ($pairs as [, $key, $value]) {
                $structured[$key] = $value;
            }

            return new LogLine((int) $m[1] % 8, $m[2], $m[3], $m[4], $structured, $m[6]);
        }
    }

    /** Last lines per daemon instance, served on the /status page. */
    final class TailBuffer
    {
        private const KEEP = 100;

        /** @var list<LogLine> */
        private array $lines = [];

        public function push(LogLine $line): void
        {
            $this->lines[] = $line; // leak
            if (count($this->lines) > self::KEEP) {
                $this->clip($this->lines);
            }
        }

        /** @return list<LogLine> */
        public function lines(): array
        {
            return $this->lines;
        }

        private function clip(array $lines): array
        {
            return array_slice($lines, -self::KEEP);
        }
    }

    final class SeverityCounters
    {
        /** @var array<int, int> */
        public array $counts = [];

        public function count(LogLine $line): void
        {
            $this->counts[$line->severity] = ($this->counts[$line->severity] ?? 0) + 1;
        }
    }

    final class Relay
    {
        public function __construct(
            private Rfc5424Parser $parser,
            private TailBuffer $tail,
            private SeverityCounters $counters,
        ) {
        }

        public function consume(Input\SyslogSocket $socket): void
        {
            foreach ($socket->datagrams() as $datagram) {
                $line = $this->parser->parse($datagram);
                if ($line === null) {
                    continue;
                }
                $this->counters->count($line);
                $this->tail->push($line);
            }
        }
    }
}

namespace {
    use LogRelay\Input\SyslogSocket;
    use LogRelay\Relay;
    use LogRelay\Rfc5424Parser;
    use LogRelay\SeverityCounters;
    use LogRelay\TailBuffer;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $relay = new Relay(new Rfc5424Parser(), new TailBuffer(), new SeverityCounters());
    $relay->consume(new SyslogSocket($n));
}
