<?php

declare(strict_types=1);

namespace Workerman\Connection {

    class TcpConnection
    {
        public static int $nextId = 1;

        public int $id;
        public int $bytesWritten = 0;

        public function __construct(public string $remoteAddress)
        {
            $this->id = self::$nextId++;
        }

        public function send(string $payload): bool
        {
            $this->bytesWritten += \strlen($payload);
            return true;
        }
    }
}

namespace Workerman {

    use Workerman\Connection\TcpConnection;

    class Worker
    {
        /** @var list<Worker> */
        protected static array $workers = [];

        public string $name = 'none';
        public $onWorkerStart = null;
        public $onMessage = null;

        public function __construct(public string $socketName = '')
        {
            self::$workers[] = $this;
        }

        public static function runAll(): void
        {
            $rounds = (int) (getenv('PHPLEAK_N') ?: 100);
            foreach (self::$workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
            }
            $connection = new TcpConnection('10.20.0.17:51544');
            for ($i = 0; $i < $rounds; $i++) {
                $offer = json_encode([
                    'type' => 'offer',
                    'consult_id' => sprintf('vc-%06d', $i),
                    'sdp' => "v=0\r\no=- " . (4611731400 + $i) . " 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
                        . "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\na=rtpmap:111 opus/48000/2\r\na=ssrc:" . (1000 + $i) . " cname:pt" . $i . "\r\n"
                        . "m=video 9 UDP/TLS/RTP/SAVPF 96\r\na=mid:1\r\na=rtpmap:96 VP8/90000\r\na=ssrc:" . (2000 + $i) . " cname:pt" . $i . "\r\n",
                ]);
                foreach (self::$workers as $worker) {
                    ($worker->onMessage)($connection, $offer);
                }
            }
        }
    }
}

namespace Telehealth\Video {

    final class MediaTrack
    {
        private string $direction = 'sendrecv';

        public function __construct(
            public readonly string $mid,
            public readonly string $kind,
            public readonly string $codec,
            public readonly int $ssrc,
            private readonly \WeakReference $session,
        ) {
        }

        public function answerLine(): string
        {
            $session = $this->session->get();
            $port = $session?->mediaPort() ?? 9;
            return sprintf(
                "m=%s %d UDP/TLS/RTP/SAVPF %s\r\na=mid:%s\r\na=%s\r\na=ice-ufrag:%s\r\n",
                $this->kind,
                $port,
                $this->kind === 'audio' ? '111' : '96',
                $this->mid,
                $this->direction,
                $session?->iceUfrag() ?? '',
            );
        }
    }

    final class ConsultSession
    {
        /** @var list<MediaTrack> */
        private array $tracks = [];

        public function __construct(
            public readonly string $consultId,
            private readonly string $iceUfrag,
            private readonly int $mediaPort,
        ) {
        }

        public function addTrack(string $mid, string $kind, string $codec, int $ssrc): MediaTrack
        {
            $track = new MediaTrack($mid, $kind, $codec, $ssrc, \WeakReference::create($this));
            $this->tracks[] = $track;
            return $track;
        }

        public function iceUfrag(): string
        {
            return $this->iceUfrag;
        }

        public function mediaPort(): int
        {
            return $this->mediaPort;
        }

        /** @return list<MediaTrack> */
        public function tracks(): array
        {
            return $this->tracks;
        }
    }

    final class SdpParser
    {
        /** @return list<array{mid: string, kind: string, codec: string, ssrc: int}> */
        public function mediaSections(string $sdp): array
        {
            $sections = [];
            $current = null;
            foreach (explode("\r\n", $sdp) as $line) {
                if (str_starts_with($line, 'm=')) {
                    if ($current !== null) {
                        $sections[] = $current;
                    }
                    $current = ['mid' => '', 'kind' => substr($line, 2, strpos($line, ' ') - 2), 'codec' => '', 'ssrc' => 0];
                } elseif ($current !== null && str_starts_with($line, 'a=mid:')) {
                    $current['mid'] = substr($line, 6);
                } elseif ($current !== null && str_starts_with($line, 'a=rtpmap:')) {
                    $current['codec'] = explode(' ', $line, 2)[1];
                } elseif ($current !== null && str_starts_with($line, 'a=ssrc:')) {
                    $current['ssrc'] = (int) substr($line, 7);
                }
            }
            if ($current !== null) {
                $sections[] = $current;
            }
            return $sections;
        }
    }

    final class OfferAnswerNegotiator
    {
        private int $portCursor = 0;

        public function __construct(private readonly SdpParser $parser)
        {
        }

        public function negotiate(string $consultId, string $offerSdp): string
        {
            $session = new ConsultSession(
                $consultId,
                substr(hash('sha256', $consultId . $offerSdp), 0, 8),
                40000 + ($this->portCursor++ % 2000) * 2,
            );
            foreach ($this->parser->mediaSections($offerSdp) as $section) {
                $session->addTrack($section['mid'], $section['kind'], $section['codec'], $section['ssrc']);
            }

            $answer = "v=0\r\no=- 0 2 IN IP4 0.0.0.0\r\ns=consult\r\nt=0 0\r\n";
            foreach ($session->tracks() as $track) {
                $answer .= $track->answerLine();
            }
            return $answer;
        }
    }
}

namespace {

    use Telehealth\Video\OfferAnswerNegotiator;
    use Telehealth\Video\SdpParser;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $signalling = new Worker('websocket://0.0.0.0:7443');
    $signalling->name = 'video-signalling';

    $signalling->onWorkerStart = function (Worker $worker): void {
        $negotiator = new OfferAnswerNegotiator(new SdpParser());

        $worker->onMessage = function (TcpConnection $connection, string $data) use ($negotiator): void {
            $frame = json_decode($data, true, 8, JSON_THROW_ON_ERROR);
            if (($frame['type'] ?? '') !== 'offer') {
                $connection->send('{"type":"error","code":"expected_offer"}');
                return;
            }
            $answer = $negotiator->negotiate((string) $frame['consult_id'], (string) $frame['sdp']);
            $connection->send(json_encode(['type' => 'answer', 'consult_id' => $frame['consult_id'], 'sdp' => $answer]));
        };
    };

    Worker::runAll();
}
