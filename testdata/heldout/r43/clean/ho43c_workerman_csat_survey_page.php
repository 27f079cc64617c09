<?php

declare(strict_types=1);

/*
 * Workerman HTTP process serving the satisfaction survey linked from the
 * "ticket solved" email: all open questions on one page, answers already given
 * (e.g. the star rating from the email button) are skipped.
 */

namespace Workerman\Protocols\Http {
    final class Request
    {
        public function __construct(private readonly string $path, private readonly array $query, private readonly array $headers) {}

        public function path(): string
        {
            return $this->path;
        }

        public function get(string $name, mixed $default = null): mixed
        {
            return $this->query[$name] ?? $default;
        }

        public function header(string $name, mixed $default = null): mixed
        {
            return $this->headers[strtolower($name)] ?? $default;
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly array $headers, public readonly string $body) {}
    }
}

namespace Workerman\Connection {
    final class TcpConnection
    {
        public int $bytesWritten = 0;

        public function send(mixed $response): void
        {
            $this->bytesWritten += strlen($response->body);
        }
    }
}

namespace Workerman {
    final class Worker
    {
        /** @var list<Worker> */
        private static array $workers = [];
        public static ?\Closure $trafficSource = null;
        public ?\Closure $onMessage = null;
        public int $count = 1;

        public function __construct(public readonly string $listen)
        {
            self::$workers[] = $this;
        }

        public static function runAll(): void
        {
            $connection = new Connection\TcpConnection();
            foreach (self::$workers as $worker) {
                foreach ((self::$trafficSource)() as $request) {
                    ($worker->onMessage)($connection, $request);
                }
            }
        }
    }
}

namespace Helpdesk\Csat {
    final class SurveyInvitation
    {
        private ?\Generator $cursor = null;

        /**
         * @param list<array{id: string, type: string, label: string}> $questions
         * @param array<string, int|string> $answers
         */
        public function __construct(
            public readonly string $token,
            public readonly string $ticketRef,
            public readonly string $customerName,
            public readonly string $agentName,
            public readonly string $ticketSummary,
            private readonly array $questions,
            private array $answers,
        ) {}

        public function nextQuestion(): ?array
        {
            $this->cursor ??= $this->pendingQuestions();
            if (!$this->cursor->valid()) {
                return null;
            }
            $question = $this->cursor->current();
            $this->cursor->next();

            return $question;
        }

        public function answered(): int
        {
            return count($this->answers);
        }

        private function pendingQuestions(): \Generator
        {
            foreach ($this->questions as $question) {
                if (!array_key_exists($question['id'], $this->answers)) {
                    yield $question;
                }
            }
        }
    }

    final class InvitationRepository
    {
        /** @param list<array{id: string, type: string, label: string}> $questions */
        public function __construct(private readonly array $questions) {}

        public function findByToken(string $token, array $prefilled): SurveyInvitation
        {
            $seq = hexdec(substr($token, 0, 6));

            return new SurveyInvitation(
                token: $token,
                ticketRef: sprintf('HD-%06d', $seq % 1000000),
                customerName: 'Customer ' . substr($token, 6, 8),
                agentName: ['Priya', 'Tomás', 'Ana', 'Lukas'][$seq % 4],
                ticketSummary: str_repeat("Ticket {$seq}: replacement charger shipped after the original one overheated. ", 4),
                questions: $this->questions,
                answers: $prefilled,
            );
        }
    }

    final class SurveyController
    {
        public function __construct(private readonly InvitationRepository $invitations) {}

        public function step(\Workerman\Protocols\Http\Request $request): \Workerman\Protocols\Http\Response
        {
            $prefilled = [];
            if ($request->get('rating') !== null) {
                $prefilled['rating'] = max(1, min(5, (int) $request->get('rating')));
            }
            $invitation = $this->invitations->findByToken($request->get('t'), $prefilled);

            $fields = '';
            while (($question = $invitation->nextQuestion()) !== null) {
                $fields .= sprintf(
                    '<label>%s</label><input name="%s" type="%s">',
                    htmlspecialchars($question['label']),
                    $question['id'],
                    $question['type'],
                );
            }

            $body = $fields === ''
                ? '<p>Thank you, ' . htmlspecialchars($invitation->customerName) . '!</p>'
                : sprintf(
                    '<form method="post" action="/s/%s"><h1>How did %s do on %s?</h1>%s</form>',
                    $invitation->token,
                    htmlspecialchars($invitation->agentName),
                    $invitation->ticketRef,
                    $fields,
                );

            return new \Workerman\Protocols\Http\Response(200, ['Content-Type' => 'text/html'], $body);
        }
    }
}

namespace {
    use Helpdesk\Csat\InvitationRepository;
    use Helpdesk\Csat\SurveyController;
    use Workerman\Connection\TcpConnection;
    use Workerman\Protocols\Http\Request;
    use Workerman\Worker;

    $controller = new SurveyController(new InvitationRepository([
        ['id' => 'rating', 'type' => 'number', 'label' => 'Overall, how satisfied are you with the support you received?'],
        ['id' => 'resolved', 'type' => 'checkbox', 'label' => 'Was your problem solved?'],
        ['id' => 'effort', 'type' => 'number', 'label' => 'How easy was it to get help?'],
        ['id' => 'comment', 'type' => 'text', 'label' => 'Anything we could have done better?'],
    ]));

    $worker = new Worker('http://0.0.0.0:8787');
    $worker->onMessage = static function (TcpConnection $connection, Request $request) use ($controller): void {
        $connection->send($controller->step($request));
    };

    Worker::$trafficSource = static function (): \Generator {
        $n = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $n; $i++) {
            $query = ['t' => sprintf('%06x', 0x300000 + $i) . bin2hex(random_bytes(13))];
            if ($i % 2 === 0) {
                $query['rating'] = (string) (1 + $i % 5);
            }
            yield new Request('/survey', $query, ['user-agent' => 'Mail client']);
        }
    };

    Worker::runAll();
}
