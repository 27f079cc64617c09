<?php

declare(strict_types=1);

namespace Psr\Http\Message {
    interface ServerRequestInterface
    {
        public function getMethod(): string;

        public function getRequestTarget(): string;

        public function getParsedBody(): mixed;

        public function getHeaderLine(string $name): string;

        public function withAttribute(string $name, mixed $value): static;

        public function getAttribute(string $name, mixed $default = null): mixed;
    }

    interface ResponseInterface
    {
        public function getStatusCode(): int;

        public function getBody(): string;

        public function withHeader(string $name, string $value): static;
    }
}

namespace Nyholm\Psr7 {
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;

    final class ServerRequest implements ServerRequestInterface
    {
        private array $attributes = [];

        public function __construct(private string $method, private string $target, private array $headers = [], private mixed $parsedBody = null)
        {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getRequestTarget(): string
        {
            return $this->target;
        }

        public function getParsedBody(): mixed
        {
            return $this->parsedBody;
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }

        public function withAttribute(string $name, mixed $value): static
        {
            $new = clone $this;
            $new->attributes[$name] = $value;

            return $new;
        }

        public function getAttribute(string $name, mixed $default = null): mixed
        {
            return $this->attributes[$name] ?? $default;
        }
    }

    final class Response implements ResponseInterface
    {
        private array $headers = [];

        public function __construct(private int $status = 200, array $headers = [], private string $body = '')
        {
            foreach ($headers as $k => $v) {
                $this->headers[strtolower($k)] = $v;
            }
        }

        public function getStatusCode(): int
        {
            return $this->status;
        }

        public function getBody(): string
        {
            return $this->body;
        }

        public function withHeader(string $name, string $value): static
        {
            $new = clone $this;
            $new->headers[strtolower($name)] = $value;

            return $new;
        }
    }
}

namespace Spiral\RoadRunner {
    interface WorkerInterface
    {
        public function waitPayload(): ?Payload;

        public function respond(Payload $payload): void;

        public function error(string $message): void;
    }

    final class Payload
    {
        public function __construct(public readonly ?string $body, public readonly ?string $header = null)
        {
        }
    }

    /**
     * Relay stand-in: replays PHPLEAK_N recorded survey page posts.
     */
    final class Worker implements WorkerInterface
    {
        private int $served = 0;
        private int $limit;

        public static function create(): self
        {
            $worker = new self();
            $worker->limit = (int) (getenv('PHPLEAK_N') ?: 100);

            return $worker;
        }

        public function waitPayload(): ?Payload
        {
            if ($this->served >= $this->limit) {
                return null;
            }
            $i = $this->served++;
            $surveys = ['commuter-2024', 'patient-experience'];
            $survey = $surveys[$i % 2];
            $answers = $survey === 'commuter-2024'
                ? ['mode' => ['car', 'bike', 'train', 'bus'][$i % 4], 'minutes' => (string) (10 + $i % 50), 'remote_days' => (string) ($i % 5)]
                : ['visit' => ['gp', 'emergency', 'specialist'][$i % 3], 'waited' => (string) (5 + $i % 90), 'recommend' => (string) ($i % 11)];

            return new Payload(
                json_encode(['answers' => $answers, 'respondent' => sprintf('r-%06d', $i)]),
                json_encode([
                    'method' => 'POST',
                    'uri' => sprintf('/s/%s/pages/%s', $survey, $survey === 'commuter-2024' ? 'travel' : 'visit'),
                    'headers' => ['accept-language' => $i % 4 === 0 ? 'nl' : 'en', 'content-type' => 'application/json'],
                ]),
            );
        }

        public function respond(Payload $payload): void
        {
        }

        public function error(string $message): void
        {
        }
    }
}

namespace Spiral\RoadRunner\Http {
    use Nyholm\Psr7\ServerRequest;
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;
    use Spiral\RoadRunner\Payload;
    use Spiral\RoadRunner\WorkerInterface;

    class PSR7Worker
    {
        public function __construct(private WorkerInterface $worker, private object $requestFactory, private object $streamFactory, private object $uploadsFactory)
        {
        }

        public function getWorker(): WorkerInterface
        {
            return $this->worker;
        }

        public function waitRequest(): ?ServerRequestInterface
        {
            $payload = $this->worker->waitPayload();
            if ($payload === null) {
                return null;
            }
            $ctx = json_decode((string) $payload->header, true);

            return new ServerRequest($ctx['method'], $ctx['uri'], $ctx['headers'], json_decode((string) $payload->body, true));
        }

        public function respond(ResponseInterface $response): void
        {
            $this->worker->respond(new Payload($response->getBody(), json_encode(['status' => $response->getStatusCode()])));
        }
    }
}

namespace Nyholm\Psr7\Factory {
    final class Psr17Factory
    {
        public function createResponse(int $code = 200): \Nyholm\Psr7\Response
        {
            return new \Nyholm\Psr7\Response($code);
        }
    }
}

namespace App\Survey {
    final class Page
    {
        private ?Survey $survey = null;

        /**
         * @param list<array{key: string, text: string, type: string, options?: list<string>}> $questions
         * @param list<array{if: string, op: string, value: string, goto: string}>               $skipRules
         */
        public function __construct(
            public readonly string $id,
            public readonly string $title,
            private array $questions,
            private array $skipRules = [],
        ) {
        }

        public function attachTo(Survey $survey): void
        {
            $this->survey = $survey;
        }

        public function detach(): void
        {
            $this->survey = null;
        }

        public function survey(): ?Survey
        {
            return $this->survey;
        }

        /** @return array<string, string> answers to this page's questions only */
        public function collect(array $posted): array
        {
            $answers = [];
            foreach ($this->questions as $q) {
                if (isset($posted[$q['key']]) && is_scalar($posted[$q['key']])) {
                    $answers[$q['key']] = (string) $posted[$q['key']];
                }
            }

            return $answers;
        }

        public function nextPageId(array $answers): ?string
        {
            foreach ($this->skipRules as $rule) {
                $given = $answers[$rule['if']] ?? null;
                if ($given === null) {
                    continue;
                }
                $hit = match ($rule['op']) {
                    'eq' => $given === $rule['value'],
                    'lt' => (int) $given < (int) $rule['value'],
                    'gte' => (int) $given >= (int) $rule['value'],
                    default => false,
                };
                if ($hit) {
                    return $rule['goto'];
                }
            }

            return $this->survey?->pageAfter($this->id)?->id;
        }

        public function render(array $answers): string
        {
            $html = sprintf('<form method="post"><h2>%s</h2>', htmlspecialchars($this->title));
            foreach ($this->questions as $q) {
                $text = preg_replace_callback('/\{(\w+)\}/', static fn (array $m): string => htmlspecialchars($answers[$m[1]] ?? '…'), $q['text']);
                $html .= sprintf('<label for="%s">%s</label>', $q['key'], $text);
                if ($q['type'] === 'choice') {
                    foreach ($q['options'] ?? [] as $opt) {
                        $html .= sprintf('<input type="radio" name="%s" value="%s">%s', $q['key'], $opt, $opt);
                    }
                } else {
                    $html .= sprintf('<input type="%s" name="%s">', $q['type'], $q['key']);
                }
            }

            return $html . '<button>Next</button></form>';
        }
    }

    final class Survey
    {
        /** @var array<string, Page> */
        private array $pages = [];

        public function __construct(
            public readonly string $id,
            public readonly string $title,
            public readonly string $locale,
        ) {
        }

        public function addPage(Page $page): void
        {
            $page->attachTo($this);
            $this->pages[$page->id] = $page;
        }

        public function page(string $id): ?Page
        {
            return $this->pages[$id] ?? null;
        }

        public function pageAfter(string $id): ?Page
        {
            $ids = array_keys($this->pages);
            $at = array_search($id, $ids, true);

            return $at === false ? null : ($this->pages[$ids[$at + 1] ?? ''] ?? null);
        }

        /**
         * Ends the survey's use for the current request.
         */
        public function release(): void
        {
            foreach ($this->pages as $page) {
                $page->detach();
            }
            $this->pages = [];
        }
    }

    /**
     * Builds a survey in the respondent's language from the published
     * definition; question texts pipe earlier answers in ({minutes}).
     */
    final class SurveyLoader
    {
        private const DEFINITIONS = [
            'commuter-2024' => [
                'title' => ['en' => 'How do you get to work?', 'nl' => 'Hoe reis je naar je werk?'],
                'pages' => [
                    ['travel', 'Your commute', [
                        ['key' => 'mode', 'text' => 'Main way of travelling', 'type' => 'choice', 'options' => ['car', 'bike', 'train', 'bus']],
                        ['key' => 'minutes', 'text' => 'Minutes door to door', 'type' => 'number'],
                        ['key' => 'remote_days', 'text' => 'Days per week you work from home', 'type' => 'number'],
                    ], [['if' => 'mode', 'op' => 'eq', 'value' => 'bike', 'goto' => 'cycling'], ['if' => 'remote_days', 'op' => 'gte', 'value' => '4', 'goto' => 'remote']]],
                    ['parking', 'Parking', [['key' => 'parking_cost', 'text' => 'You said {minutes} minutes. What does parking cost per day?', 'type' => 'number']], []],
                    ['cycling', 'Cycling', [['key' => 'shower', 'text' => 'Is there a shower at work?', 'type' => 'choice', 'options' => ['yes', 'no']]], []],
                    ['remote', 'Working from home', [['key' => 'desk', 'text' => 'Do you have a proper desk at home?', 'type' => 'choice', 'options' => ['yes', 'no']]], []],
                ],
            ],
            'patient-experience' => [
                'title' => ['en' => 'Your recent visit', 'nl' => 'Uw recente bezoek'],
                'pages' => [
                    ['visit', 'About the visit', [
                        ['key' => 'visit', 'text' => 'Which service did you visit?', 'type' => 'choice', 'options' => ['gp', 'emergency', 'specialist']],
                        ['key' => 'waited', 'text' => 'Minutes spent in the waiting room', 'type' => 'number'],
                        ['key' => 'recommend', 'text' => 'Would you recommend us (0-10)?', 'type' => 'number'],
                    ], [['if' => 'recommend', 'op' => 'lt', 'value' => '7', 'goto' => 'detractor']]],
                    ['staff', 'Staff', [['key' => 'staff', 'text' => 'How friendly was the staff?', 'type' => 'number']], []],
                    ['detractor', 'Help us improve', [['key' => 'why', 'text' => 'You waited {waited} minutes. What should we change first?', 'type' => 'text']], []],
                ],
            ],
        ];

        public function load(string $surveyId, string $locale): ?Survey
        {
            $def = self::DEFINITIONS[$surveyId] ?? null;
            if ($def === null) {
                return null;
            }
            $locale = isset($def['title'][$locale]) ? $locale : 'en';
            $survey = new Survey($surveyId, $def['title'][$locale], $locale);
            foreach ($def['pages'] as [$id, $title, $questions, $rules]) {
                $survey->addPage(new Page($id, $title, $questions, $rules));
            }

            return $survey;
        }
    }
}

namespace App\Http {
    use App\Survey\SurveyLoader;
    use Nyholm\Psr7\Response;
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;

    /**
     * POST /s/{survey}/pages/{page}: takes the answers of one page and
     * renders the page the branching rules lead to.
     */
    final class PageFlowController
    {
        private int $completed = 0;

        public function __construct(private SurveyLoader $loader)
        {
        }

        public function __invoke(ServerRequestInterface $request): ResponseInterface
        {
            $survey = $this->loader->load((string) $request->getAttribute('survey'), substr($request->getHeaderLine('Accept-Language'), 0, 2));
            if ($survey === null) {
                return new Response(404);
            }

            try {
                $page = $survey->page((string) $request->getAttribute('page'));
                if ($page === null) {
                    return new Response(404);
                }

                $posted = (array) (((array) $request->getParsedBody())['answers'] ?? []);
                $answers = $page->collect($posted);
                $nextId = $page->nextPageId($answers);
                if ($nextId === null) {
                    $this->completed++;

                    return new Response(200, ['Content-Type' => 'text/html'], '<p>Thank you!</p>');
                }

                return new Response(200, ['Content-Type' => 'text/html; charset=utf-8'], $survey->page($nextId)->render($answers));
            } finally {
                $survey->release();
            }
        }
    }

    final class Router
    {
        public function __construct(private PageFlowController $pages)
        {
        }

        public function handle(ServerRequestInterface $request): ResponseInterface
        {
            if ($request->getMethod() === 'POST' && preg_match('#^/s/([\w-]+)/pages/(\w+)$#', $request->getRequestTarget(), $m)) {
                return ($this->pages)($request->withAttribute('survey', $m[1])->withAttribute('page', $m[2]));
            }

            return new Response(404);
        }
    }
}

namespace {
    use App\Http\PageFlowController;
    use App\Http\Router;
    use App\Survey\SurveyLoader;
    use Nyholm\Psr7\Factory\Psr17Factory;
    use Spiral\RoadRunner\Http\PSR7Worker;
    use Spiral\RoadRunner\Worker;

    $factory = new Psr17Factory();
    $worker = new PSR7Worker(Worker::create(), $factory, $factory, $factory);
    $router = new Router(new PageFlowController(new SurveyLoader()));

    while ($request = $worker->waitRequest()) {
        try {
            $worker->respond($router->handle($request));
        } catch (\Throwable $e) {
            $worker->respond($factory->createResponse(500));
            $worker->getWorker()->error((string) $e);
        }
    }
}
