<?php

declare(strict_types=1);

namespace Psr\Http\Message {
    interface ServerRequestInterface
    {
        public function getMethod(): string;

        public function getPath(): string;

        public function getHeaderLine(string $name): string;

        public function getBody(): string;

        public function getParsedBody(): mixed;

        public function withParsedBody(mixed $data): static;

        public function getAttribute(string $name, mixed $default = null): mixed;

        public function withAttribute(string $name, mixed $value): static;
    }

    interface ResponseInterface
    {
        public function getStatusCode(): int;

        public function getBody(): string;
    }
}

namespace React\EventLoop {
    final class Loop
    {
        private static ?\SplQueue $ticks = null;
        private static bool $running = false;

        public static function futureTick(callable $listener): void
        {
            (self::$ticks ??= new \SplQueue())->enqueue($listener);
        }

        public static function run(): void
        {
            self::$running = true;
            while (self::$running && self::$ticks !== null && !self::$ticks->isEmpty()) {
                (self::$ticks->dequeue())();
            }
            self::$running = false;
        }

        public static function stop(): void
        {
            self::$running = false;
        }
    }
}

namespace React\Http\Message {
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;

    final class ServerRequest implements ServerRequestInterface
    {
        private array $attributes = [];
        private mixed $parsedBody = null;

        public function __construct(private string $method, private string $path, private array $headers = [], private string $body = '')
        {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getPath(): string
        {
            return $this->path;
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }

        public function getBody(): string
        {
            return $this->body;
        }

        public function getParsedBody(): mixed
        {
            return $this->parsedBody;
        }

        public function withParsedBody(mixed $data): static
        {
            $new = clone $this;
            $new->parsedBody = $data;

            return $new;
        }

        public function getAttribute(string $name, mixed $default = null): mixed
        {
            return $this->attributes[$name] ?? $default;
        }

        public function withAttribute(string $name, mixed $value): static
        {
            $new = clone $this;
            $new->attributes[$name] = $value;

            return $new;
        }
    }

    final class Response implements ResponseInterface
    {
        public const STATUS_OK = 200;
        public const STATUS_BAD_REQUEST = 400;
        public const STATUS_NOT_FOUND = 404;

        public function __construct(private int $status = 200, private array $headers = [], private string $body = '')
        {
        }

        public static function json(mixed $data): self
        {
            return new self(self::STATUS_OK, ['Content-Type' => 'application/json'], json_encode($data, JSON_UNESCAPED_SLASHES));
        }

        public function getStatusCode(): int
        {
            return $this->status;
        }

        public function getBody(): string
        {
            return $this->body;
        }
    }
}

namespace React\Socket {
    use React\EventLoop\Loop;

    /**
     * Listening socket. For soak runs (PHPLEAK_N) it accepts recorded
     * requests from the "replay" context option instead of the network.
     */
    final class SocketServer
    {
        private array $listeners = [];
        private int $accepted = 0;
        private int $limit;
        private $replay;

        public function __construct(private string $uri, array $context = [])
        {
            $this->limit = (int) (getenv('PHPLEAK_N') ?: 100);
            $this->replay = $context['replay'] ?? null;
            Loop::futureTick(fn () => $this->accept());
        }

        public function on(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        private function accept(): void
        {
            if ($this->replay === null || $this->accepted >= $this->limit) {
                return;
            }
            $raw = ($this->replay)($this->accepted++);
            foreach ($this->listeners['connection'] ?? [] as $listener) {
                $listener($raw);
            }
            Loop::futureTick(fn () => $this->accept());
        }
    }
}

namespace React\Http {
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;
    use React\Http\Message\Response;
    use React\Http\Message\ServerRequest;
    use React\Socket\SocketServer;

    final class HttpServer
    {
        private array $handlers;

        public function __construct(callable ...$middlewareOrRequestHandler)
        {
            $this->handlers = $middlewareOrRequestHandler;
        }

        public function listen(SocketServer $socket): void
        {
            $socket->on('connection', function (array $raw): void {
                $request = new ServerRequest($raw['method'], $raw['path'], $raw['headers'], $raw['body']);
                try {
                    $this->call($request, 0);
                } catch (\Throwable) {
                    // connection closed with 500
                }
            });
        }

        private function call(ServerRequestInterface $request, int $i): ResponseInterface
        {
            if ($i === count($this->handlers) - 1) {
                return ($this->handlers[$i])($request);
            }

            return ($this->handlers[$i])($request, fn (ServerRequestInterface $r): ResponseInterface => $this->call($r, $i + 1));
        }
    }
}

namespace App\Forms {
    /**
     * Published forms with their conditional fields. A field is shown when
     * all of its show_if conditions hold for the answers given so far.
     */
    final class FormRepository
    {
        private const FORMS = [
            'volunteer-signup' => [
                'fields' => [
                    'name' => [],
                    'age' => [],
                    'guardian_consent' => ['show_if' => [['age', 'below', '18']]],
                    'skills' => [],
                    'driving_licence' => ['show_if' => [['skills', 'contains', 'driving']]],
                    'first_aid_cert' => ['show_if' => [['skills', 'contains', 'first-aid'], ['age', 'at_least', '18']]],
                    'availability' => [],
                    'weekend_shifts' => ['show_if' => [['availability', 'not_equals', 'weekdays']]],
                    'referral' => ['show_if' => [['heard_from', 'equals', 'friend']]],
                ],
            ],
            'class-feedback' => [
                'fields' => [
                    'course' => [],
                    'rating' => [],
                    'low_rating_reason' => ['show_if' => [['rating', 'below', '3']]],
                    'recommend' => ['show_if' => [['rating', 'at_least', '3']]],
                    'instructor_note' => ['show_if' => [['course', 'not_equals', 'self-paced']]],
                ],
            ],
        ];

        public function fields(string $formId): ?array
        {
            return self::FORMS[$formId]['fields'] ?? null;
        }
    }

    final class ConditionEvaluator
    {
        /** @var array<string, \Closure(?string, string): bool> */
        private array $operators = [];

        /**
         * @param array<string, string> $answers answers given so far
         */
        public function __construct(private array $answers)
        {
            $this->operators['equals'] = self::equals(...);
            $this->operators['not_equals'] = self::notEquals(...);
            $this->operators['contains'] = \Closure::fromCallable([self::class, 'contains']);
            $this->operators['at_least'] = self::atLeast(...);
            $this->operators['below'] = self::below(...);
        }

        /**
         * @param array<string, array{show_if?: list<array{string, string, string}>}> $fields
         *
         * @return list<string>
         */
        public function visibleFields(array $fields): array
        {
            $visible = [];
            foreach ($fields as $name => $field) {
                if ($this->passes($field['show_if'] ?? [])) {
                    $visible[] = $name;
                }
            }

            return $visible;
        }

        /** @param list<array{string, string, string}> $conditions */
        private function passes(array $conditions): bool
        {
            foreach ($conditions as [$field, $operator, $expected]) {
                $check = $this->operators[$operator] ?? throw new \DomainException("Unknown operator $operator");
                if (!$check($this->answers[$field] ?? null, $expected)) {
                    return false;
                }
            }

            return true;
        }

        private static function equals(?string $given, string $expected): bool
        {
            return $given !== null && strcasecmp($given, $expected) === 0;
        }

        private static function notEquals(?string $given, string $expected): bool
        {
            return $given !== null && strcasecmp($given, $expected) !== 0;
        }

        private static function contains(?string $given, string $expected): bool
        {
            return $given !== null && in_array($expected, array_map('trim', explode(',', $given)), true);
        }

        private static function atLeast(?string $given, string $expected): bool
        {
            return is_numeric($given) && (float) $given >= (float) $expected;
        }

        private static function below(?string $given, string $expected): bool
        {
            return is_numeric($given) && (float) $given < (float) $expected;
        }
    }
}

namespace App\Http {
    use App\Forms\ConditionEvaluator;
    use App\Forms\FormRepository;
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;
    use React\Http\Message\Response;

    final class JsonBodyMiddleware
    {
        public function __invoke(ServerRequestInterface $request, callable $next): ResponseInterface
        {
            if (str_starts_with($request->getHeaderLine('Content-Type'), 'application/json')) {
                try {
                    $request = $request->withParsedBody(json_decode($request->getBody(), true, 16, JSON_THROW_ON_ERROR));
                } catch (\JsonException) {
                    return new Response(Response::STATUS_BAD_REQUEST);
                }
            }

            return $next($request);
        }
    }

    /**
     * POST /forms/{form}/visibility: called by the form renderer while the
     * respondent types, returns which fields to show.
     */
    final class VisibilityController
    {
        public function __construct(private FormRepository $forms)
        {
        }

        public function __invoke(ServerRequestInterface $request): ResponseInterface
        {
            if (!preg_match('#^/forms/([\w-]+)/visibility$#', $request->getPath(), $m)) {
                return new Response(Response::STATUS_NOT_FOUND);
            }
            $fields = $this->forms->fields($m[1]);
            if ($fields === null) {
                return new Response(Response::STATUS_NOT_FOUND);
            }

            $answers = array_map('strval', array_filter(
                (array) (((array) $request->getParsedBody())['answers'] ?? []),
                'is_scalar',
            ));
            $evaluator = new ConditionEvaluator($answers);

            return Response::json(['form' => $m[1], 'visible' => $evaluator->visibleFields($fields)]);
        }
    }
}

namespace {
    use App\Forms\FormRepository;
    use App\Http\JsonBodyMiddleware;
    use App\Http\VisibilityController;
    use React\EventLoop\Loop;
    use React\Http\HttpServer;
    use React\Socket\SocketServer;

    $http = new HttpServer(
        new JsonBodyMiddleware(),
        new VisibilityController(new FormRepository()),
    );

    $socket = new SocketServer('0.0.0.0:8090', [
        'replay' => static function (int $i): array {
            $volunteer = $i % 3 !== 0;
            $answers = $volunteer
                ? ['name' => 'Respondent ' . $i, 'age' => (string) (14 + $i % 50), 'skills' => ['cooking, driving', 'first-aid, tutoring', 'carpentry'][$i % 3], 'availability' => ['weekdays', 'weekends', 'both'][$i % 3], 'heard_from' => ['friend', 'poster', 'newsletter'][$i % 3]]
                : ['course' => ['pottery-101', 'self-paced', 'watercolour'][$i % 3], 'rating' => (string) (1 + $i % 5)];

            return [
                'method' => 'POST',
                'path' => '/forms/' . ($volunteer ? 'volunteer-signup' : 'class-feedback') . '/visibility',
                'headers' => ['content-type' => 'application/json', 'x-session' => sprintf('sess-%08x', $i * 2654435761 % 4294967296)],
                'body' => json_encode(['answers' => $answers]),
            ];
        },
    ]);
    $http->listen($socket);

    Loop::run();
}
