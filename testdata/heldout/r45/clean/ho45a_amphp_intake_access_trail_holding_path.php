<?php

declare(strict_types=1);

namespace Psr\Log {

    interface LoggerInterface
    {
        public function info(string|\Stringable $message, array $context = []): void;
    }

    final class NullLogger implements LoggerInterface
    {
        public function info(string|\Stringable $message, array $context = []): void
        {
        }
    }
}

namespace Amp\Http\Server {

    final class RequestBody
    {
        public function __construct(private string $buffer)
        {
        }

        public function buffer(): string
        {
            return $this->buffer;
        }
    }

    final class Uri
    {
        public function __construct(private string $path, private string $query = '')
        {
        }

        public function getPath(): string
        {
            return $this->path;
        }

        public function getQuery(): string
        {
            return $this->query;
        }
    }

    final class Request
    {
        private RequestBody $body;
        private array $attributes = [];

        public function __construct(
            private string $method,
            private Uri $uri,
            private array $headers = [],
            string $body = '',
        ) {
            $this->body = new RequestBody($body);
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getUri(): Uri
        {
            return $this->uri;
        }

        public function getHeader(string $name): ?string
        {
            return $this->headers[strtolower($name)] ?? null;
        }

        public function getBody(): RequestBody
        {
            return $this->body;
        }

        public function setAttribute(string $name, mixed $value): void
        {
            $this->attributes[$name] = $value;
        }

        public function getAttribute(string $name): mixed
        {
            return $this->attributes[$name] ?? null;
        }
    }

    final class Response
    {
        public function __construct(
            private int $status = 200,
            private array $headers = [],
            private string $body = '',
        ) {
        }

        public function getStatus(): int
        {
            return $this->status;
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    interface Middleware
    {
        public function handleRequest(Request $request, RequestHandler $requestHandler): Response;
    }

    interface ErrorHandler
    {
        public function handleError(int $status, ?string $reason = null, ?Request $request = null): Response;
    }

    final class DefaultErrorHandler implements ErrorHandler
    {
        public function handleError(int $status, ?string $reason = null, ?Request $request = null): Response
        {
            return new Response($status, ['content-type' => 'text/plain'], (string) $reason);
        }
    }

    final class SocketHttpServer
    {
        private array $addresses = [];

        private function __construct(private \Psr\Log\LoggerInterface $logger)
        {
        }

        public static function createForDirectAccess(\Psr\Log\LoggerInterface $logger): self
        {
            return new self($logger);
        }

        public function expose(string $address): void
        {
            $this->addresses[] = $address;
        }

        public function start(RequestHandler $requestHandler, ErrorHandler $errorHandler): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $form = json_encode([
                    'patient_id' => sprintf('pt_%07d', 500000 + $i),
                    'appointment_id' => sprintf('appt_%08x', crc32('appt' . $i)),
                    'chief_complaint' => 'Persistent cough and low-grade fever for ' . (2 + $i % 9) . ' days, worse at night, no travel history',
                    'medications' => ['lisinopril 10mg daily', 'metformin 500mg BID', 'albuterol PRN #' . $i],
                    'allergies' => $i % 4 === 0 ? ['penicillin'] : [],
                    'pharmacy_ncpdp' => (string) (3100000 + $i % 5000),
                    'consent' => ['telehealth' => true, 'signed_at' => 1700000000 + $i * 60],
                ]);
                $request = new Request('POST', new Uri('/api/intake/' . sprintf('appt_%08x', crc32('appt' . $i))), [
                    'authorization' => 'Bearer ' . hash('sha1', 'token' . $i),
                    'x-forwarded-for' => '172.16.' . ($i % 250) . '.9',
                    'content-type' => 'application/json',
                ], $form);
                try {
                    $requestHandler->handleRequest($request);
                } catch (\Throwable $e) {
                    $errorHandler->handleError(500, $e->getMessage(), $request);
                }
            }
        }
    }
}

namespace Amp\Http\Server\Middleware {

    use Amp\Http\Server\Middleware;
    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;

    function stackMiddleware(RequestHandler $requestHandler, Middleware ...$middlewares): RequestHandler
    {
        foreach (array_reverse($middlewares) as $middleware) {
            $requestHandler = new class($middleware, $requestHandler) implements RequestHandler {
                public function __construct(private Middleware $middleware, private RequestHandler $next)
                {
                }

                public function handleRequest(Request $request): Response
                {
                    return $this->middleware->handleRequest($request, $this->next);
                }
            };
        }
        return $requestHandler;
    }
}

namespace PatientPortal\Intake {

    use Amp\Http\Server\Middleware;
    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;

    /**
     * HIPAA access trail: one record per in-flight request, keyed by the request object.
     *
     * @phpstan-type AccessRecord array{method: string, path: string, actor: string, ip: string, started: float, status: ?int, finished: ?float}
     */
    final class AccessTrail
    {
        /** @var \ArrayObject<int, AccessRecord> */
        private \ArrayObject $records;
        private int $completed = 0;

        public function __construct()
        {
            $this->records = new \ArrayObject();
        }

        public function open(Request $request, string $actor, float $now): void
        {
            $this->records[spl_object_id($request)] = [
                'method' => $request->getMethod(),
                'path' => $request->getUri()->getPath(),
                'actor' => $actor,
                'ip' => (string) $request->getHeader('x-forwarded-for'),
                'started' => $now,
                'status' => null,
                'finished' => null,
            ];
        }

        public function close(Request $request, int $status, float $now): void
        {
            $id = spl_object_id($request);
            if (!$this->records->offsetExists($id)) {
                return;
            }
            $record = $this->records[$id];
            $record['status'] = $status;
            $record['finished'] = $now;
            $this->records[$id] = $record;
            $this->completed++;
        }

        /** @return list<AccessRecord> */
        public function stillOpen(): array
        {
            return array_values(array_filter($this->records->getArrayCopy(), static fn (array $r) => $r['finished'] === null));
        }
    }

    final class AccessTrailMiddleware implements Middleware
    {
        private float $clock = 0.0;

        public function __construct(private readonly AccessTrail $trail)
        {
        }

        public function handleRequest(Request $request, RequestHandler $requestHandler): Response
        {
            $actor = substr(hash('sha256', (string) $request->getHeader('authorization')), 0, 16);
            $request->setAttribute('actor', $actor);
            $this->trail->open($request, $actor, $this->clock += 0.25);
            $response = $requestHandler->handleRequest($request);
            $this->trail->close($request, $response->getStatus(), $this->clock += 0.25);
            return $response;
        }
    }

    final class IntakeRepository
    {
        private int $stored = 0;

        public function save(string $appointmentId, array $form): string
        {
            $this->stored++;
            return sprintf('intake_%s_%d', $appointmentId, strlen(json_encode($form)));
        }
    }

    final class IntakeFormHandler implements RequestHandler
    {
        public function __construct(private readonly IntakeRepository $repository)
        {
        }

        public function handleRequest(Request $request): Response
        {
            $appointmentId = basename($request->getUri()->getPath());
            $form = json_decode($request->getBody()->buffer(), true, 8, JSON_THROW_ON_ERROR);
            if (empty($form['consent']['telehealth'])) {
                return new Response(422, ['content-type' => 'application/json'], '{"error":"consent_required"}');
            }
            $id = $this->repository->save($appointmentId, $form);
            return new Response(201, ['content-type' => 'application/json'], json_encode(['intake_id' => $id]));
        }
    }
}

namespace {

    use Amp\Http\Server\DefaultErrorHandler;
    use Amp\Http\Server\SocketHttpServer;
    use PatientPortal\Intake\AccessTrail;
    use PatientPortal\Intake\AccessTrailMiddleware;
    use PatientPortal\Intake\IntakeFormHandler;
    use PatientPortal\Intake\IntakeRepository;
    use Psr\Log\NullLogger;

    use function Amp\Http\Server\Middleware\stackMiddleware;

    $logger = new NullLogger();
    $server = SocketHttpServer::createForDirectAccess($logger);
    $server->expose('0.0.0.0:8080');

    $handler = stackMiddleware(
        new IntakeFormHandler(new IntakeRepository()),
        new AccessTrailMiddleware(new AccessTrail()),
    );

    $server->start($handler, new DefaultErrorHandler());
}
