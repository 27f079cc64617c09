<?php

declare(strict_types=1);

namespace Ratchet {
    interface ConnectionInterface
    {
        public function send(string $data): self;

        public function close(): void;
    }

    interface ComponentInterface
    {
        public function onOpen(ConnectionInterface $conn): void;

        public function onClose(ConnectionInterface $conn): void;

        public function onError(ConnectionInterface $conn, \Exception $e): void;
    }

    interface MessageComponentInterface extends ComponentInterface
    {
        public function onMessage(ConnectionInterface $from, string $msg): void;
    }
}

namespace Ratchet\Server {
    use Ratchet\ConnectionInterface;
    use Ratchet\MessageComponentInterface;

    /** Stand-in for a socket connection as IoServer wraps it. */
    final class IoConnection implements ConnectionInterface
    {
        public int $bytesSent = 0;

        public function __construct(public readonly int $resourceId)
        {
        }

        public function send(string $data): ConnectionInterface
        {
            $this->bytesSent += strlen($data);
            return $this;
        }

        public function close(): void
        {
        }
    }

    /** Stand-in for Ratchet\Server\IoServer: feeds socket events to the component. */
    final class IoServer
    {
        /** @var array<int, IoConnection> */
        private array $conns = [];

        public function __construct(private MessageComponentInterface $app)
        {
        }

        public function accept(int $resourceId): IoConnection
        {
            $conn = $this->conns[$resourceId] = new IoConnection($resourceId);
            $this->app->onOpen($conn);
            return $conn;
        }

        public function frame(int $resourceId, string $payload): void
        {
            $this->app->onMessage($this->conns[$resourceId], $payload);
        }
    }
}

namespace App\Realtime {
    use Ratchet\ConnectionInterface;
    use Ratchet\MessageComponentInterface;

    final class PunchNotice
    {
        public function __construct(
            public readonly string $ref,
            public readonly string $area,
            public readonly string $trade,
            public readonly string $summary,
            public readonly string $raisedBy,
            public readonly string $photoUrl,
        ) {
        }

        public static function fromJson(string $json): self
        {
            $d = json_decode($json, true, 8, JSON_THROW_ON_ERROR);
            return new self($d['ref'], $d['area'], $d['trade'], $d['summary'], $d['by'], $d['photo']);
        }
    }

    /**
     * Site-office dashboard socket: inspectors push punch notices from their
     * tablets, every other connected screen gets the rendered card.
     */
    final class PunchBroadcastComponent implements MessageComponentInterface
    {
        private \SplObjectStorage $screens;

        /** @var \Closure(PunchNotice): string */
        private \Closure $render;

        public function __construct(private string $siteName)
        {
            $this->screens = new \SplObjectStorage();
            $this->render = $this->makeCardRenderer();
        }

        /**
         * Card renderer; each card's footnotes are the site disclaimers plus
         * the notice's own line. The disclaimers are captured by value: every
         * call appends to its own copy, which is dropped when the call returns.
         */
        private function makeCardRenderer(): \Closure
        {
            $footnotes = [
                'Times shown are site-local.',
                'Photos are compressed; originals are in the defects register.',
                'Items marked &quot;hold&quot; block handover of the apartment.',
            ];
            $site = $this->siteName;

            return static function (PunchNotice $n) use ($footnotes, $site): string {
                $footnotes[] = htmlspecialchars(sprintf('%s raised by %s in %s (%s trade) - %s Photo: %s', $n->ref, $n->raisedBy, $n->area, $n->trade, $n->summary, $n->photoUrl));

                return "<article class=\"punch\"><h3>{$site}: {$n->ref}</h3><p>" . htmlspecialchars($n->summary) . '</p>'
                    . '<ol><li>' . implode('</li><li>', $footnotes) . '</li></ol></article>';
            };
        }

        public function onOpen(ConnectionInterface $conn): void
        {
            $this->screens->attach($conn);
        }

        public function onMessage(ConnectionInterface $from, string $msg): void
        {
            $card = ($this->render)(PunchNotice::fromJson($msg));
            foreach ($this->screens as $screen) {
                if ($screen !== $from) {
                    $screen->send($card);
                }
            }
        }

        public function onClose(ConnectionInterface $conn): void
        {
            $this->screens->detach($conn);
        }

        public function onError(ConnectionInterface $conn, \Exception $e): void
        {
            $conn->close();
        }
    }
}

namespace {
    use App\Realtime\PunchBroadcastComponent;
    use Ratchet\Server\IoServer;

    $server = new IoServer(new PunchBroadcastComponent('Parramatta Tower B'));
    foreach ([11, 12, 13] as $rid) {
        $server->accept($rid);
    }

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $server->frame(11 + $i % 3, json_encode([
            'ref' => sprintf('PN-%06d', $i),
            'area' => sprintf('L%d-apt%02d', 2 + $i % 20, $i % 8),
            'trade' => ['painting', 'joinery', 'tiling', 'plumbing'][$i % 4],
            'summary' => sprintf('Cracked tile in ensuite shower recess near floor waste %d, grout missing along hob and at niche corners, silicone to be cut out and redone after tiler returns; bedroom robe door %d off track and scratched, soft-close damper missing; kitchen splashback has %d chipped edges behind cooktop. Builder to rectify before PCA inspection; resident move-in is week %d.', $i % 50, $i % 9, 1 + $i % 4, 30 + $i % 20),
            'by' => 'inspector' . ($i % 6),
            'photo' => sprintf('https://defects.example/photos/%d/%s.jpg', $i, md5((string) $i)),
        ]));
    }
}
