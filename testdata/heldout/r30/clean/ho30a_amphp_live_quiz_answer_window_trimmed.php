<?php

// AMPHP websocket server for live classroom quizzes (Kahoot-style). Rooms
// are opened when the worker boots for the day's scheduled sessions; each
// room keeps a sliding window of recent answers for the teacher's live chart.

namespace Amp\Websocket {
    final class WebsocketMessage
    {
        public function __construct(private string $payload)
        {
        }

        public function buffer(): string
        {
            return $this->payload;
        }
    }

    /** Stand-in for a connected client: yields PHPLEAK_N answer frames. */
    final class WebsocketClient
    {
        private int $received = 0;

        public function __construct(private int $frames)
        {
        }

        public function receive(): ?WebsocketMessage
        {
            if ($this->received >= $this->frames) {
                return null;
            }
            $n = $this->received++;

            return new WebsocketMessage(json_encode([
                'type' => 'answer',
                'room' => ['BIO-7A', 'BIO-7B', 'CHEM-9', 'PHYS-10'][$n % 4],
                'question' => 1 + intdiv($n, 40) % 12,
                'player' => ['id' => 'pl_' . dechex(0xa000 + $n), 'nickname' => 'learner' . ($n * 7 % 300)],
                'choice' => ['A', 'B', 'C', 'D'][($n * 5) % 4],
                'latency_ms' => 800 + ($n * 37) % 9000,
                'client' => 'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 quiz-app/3.2.' . ($n % 9),
            ]));
        }

        public function sendText(string $data): void
        {
        }
    }
}

namespace App\LiveQuiz {
    final class LiveQuizRoom
    {
        private const WINDOW = 30;

        /** @var list<array> most recent answers, oldest first */
        private array $recent = [];

        public function __construct(public readonly string $code, private array $answerKey)
        {
        }

        public function recordAnswer(array $answer, int $receivedAt): array
        {
            $answer['correct'] = ($this->answerKey[$answer['question']] ?? null) === $answer['choice'];
            $answer['received_at'] = $receivedAt;
            $this->recent[] = $answer;
            $this->recent = $this->trimWindow($this->recent);

            return $answer;
        }

        /** Drops answers that fell out of the live chart's window. */
        private function trimWindow(array $window): array
        {
            return count($window) > self::WINDOW ? array_slice($window, -self::WINDOW) : $window;
        }

        public function answersTo(int $question): \Generator
        {
            foreach ($this->recent as $answer) {
                if ($answer['question'] === $question) {
                    yield $answer;
                }
            }
        }
    }

    final class RoomDirectory
    {
        /** @var array<string, LiveQuizRoom> opened at boot for today's sessions */
        private array $rooms = [];

        public function open(string $code, array $answerKey): void
        {
            $this->rooms[$code] = new LiveQuizRoom($code, $answerKey);
        }

        public function get(string $code): ?LiveQuizRoom
        {
            return $this->rooms[$code] ?? null;
        }
    }

    final class AnswerStats
    {
        public function forQuestion(LiveQuizRoom $room, int $question): array
        {
            $counts = ['A' => 0, 'B' => 0, 'C' => 0, 'D' => 0];
            $correct = 0;
            foreach ($room->answersTo($question) as $answer) {
                $counts[$answer['choice']]++;
                $correct += $answer['correct'] ? 1 : 0;
            }

            return ['counts' => $counts, 'correct' => $correct];
        }
    }

    final class LiveQuizHandler
    {
        public function __construct(private RoomDirectory $rooms, private AnswerStats $stats)
        {
        }

        public function handleClient(\Amp\Websocket\WebsocketClient $client): void
        {
            $tick = 1727500000;
            while ($message = $client->receive()) {
                $frame = json_decode($message->buffer(), true);
                $room = $this->rooms->get($frame['room'] ?? '');
                if ($room === null || $frame['type'] !== 'answer') {
                    continue;
                }
                $answer = $room->recordAnswer($frame, $tick++);
                $client->sendText(json_encode([
                    'ack' => $answer['player']['id'],
                    'chart' => $this->stats->forQuestion($room, $answer['question']),
                ]));
            }
        }
    }
}

namespace {
    use Amp\Websocket\WebsocketClient;
    use App\LiveQuiz\AnswerStats;
    use App\LiveQuiz\LiveQuizHandler;
    use App\LiveQuiz\RoomDirectory;

    $directory = new RoomDirectory();
    foreach (['BIO-7A', 'BIO-7B', 'CHEM-9', 'PHYS-10'] as $code) {
        $directory->open($code, array_combine(range(1, 12), array_map(static fn ($q) => ['A', 'B', 'C', 'D'][$q % 4], range(1, 12))));
    }

    $handler = new LiveQuizHandler($directory, new AnswerStats());
    $handler->handleClient(new WebsocketClient((int) (getenv('PHPLEAK_N') ?: 100)));
}
