<?php

declare(strict_types=1);

namespace Amp\Http\Server {
    final class Request
    {
        public function __construct(private string $method, private string $path, private string $body)
        {
        }

        public function getBody(): string
        {
            return $this->body;
        }

        public function getPath(): string
        {
            return $this->path;
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status = 200, public readonly array $headers = [], public readonly string $body = '')
        {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    final class ClosureRequestHandler implements RequestHandler
    {
        public function __construct(private \Closure $closure)
        {
        }

        public function handleRequest(Request $request): Response
        {
            return ($this->closure)($request);
        }
    }

    /** Stand-in for SocketHttpServer: feeds PHPLEAK_N job-board webhook posts to the handler. */
    final class SocketHttpServer
    {
        private ?RequestHandler $handler = null;

        public function start(RequestHandler $handler): void
        {
            $this->handler = $handler;
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            $boards = ['linkedin', 'indeed', 'stepstone', 'referral'];
            for ($i = 0; $i < $n; $i++) {
                $applicants = [];
                foreach (['a', 'b'] as $k => $suffix) {
                    $applicants[] = [
                        'email' => sprintf('Applicant.%d%s@Mail.example.org', 300000 + $i, $suffix),
                        'name' => sprintf('Applicant %d%s', 300000 + $i, strtoupper($suffix)),
                        'requisition' => 'REQ-' . (510 + ($i + $k) % 15),
                        'resume_url' => sprintf('https://cdn.example.org/resumes/%d-%s.pdf', 300000 + $i, $suffix),
                    ];
                }
                $body = json_encode(['source' => $boards[$i % 4], 'received_at' => 1740000000 + 13 * $i, 'applicants' => $applicants]);
                $this->handler->handleRequest(new Request('POST', '/webhooks/job-board', $body));
            }
        }
    }
}

namespace Acme\Recruiting\Intake {

    use Amp\Http\Server\Request;
    use Amp\Http\Server\Response;

    final class ApplicantRepository
    {
        private int $staged = 0;

        public function stage(string $email, array $applicant, string $source): void
        {
            $this->staged++;
        }
    }

    final class EmailNormalizer
    {
        public static function key(string $email): string
        {
            [$local, $domain] = explode('@', strtolower(trim($email)), 2) + [1 => ''];
            $local = explode('+', $local, 2)[0];
            return $local . '@' . $domain;
        }
    }

    /**
     * Builds the webhook handler. Duplicate applications (same person applying
     * through two boards) are dropped before they reach the ATS.
     */
    function makeIntakeHandler(ApplicantRepository $repository, array &$seenApplicants): \Closure
    {
        return function (Request $request) use ($repository, &$seenApplicants): Response {
            $payload = json_decode($request->getBody(), true, 16, JSON_THROW_ON_ERROR);
            $accepted = 0;
            foreach ($payload['applicants'] ?? [] as $applicant) {
                $key = EmailNormalizer::key($applicant['email']);
                if (isset($seenApplicants[$key])) {
                    continue;
                }
                $seenApplicants[$key] = [ // leak
                    'source' => $payload['source'],
                    'requisition' => $applicant['requisition'],
                    'first_seen' => date(DATE_ATOM, (int) $payload['received_at']),
                ];
                $repository->stage($key, $applicant, $payload['source']);
                $accepted++;
            }

            return new Response(202, ['content-type' => 'application/json'], json_encode(['accepted' => $accepted]));
        };
    }
}

namespace {
    use Acme\Recruiting\Intake\ApplicantRepository;
    use Amp\Http\Server\ClosureRequestHandler;
    use Amp\Http\Server\SocketHttpServer;

    use function Acme\Recruiting\Intake\makeIntakeHandler;

    // Applicants already in the ATS, loaded once when the worker starts.
    $seenApplicants = [];
    foreach (['recruiting-test@example.org', 'applicant.1@mail.example.org', 'applicant.2@mail.example.org'] as $email) {
        $seenApplicants[$email] = ['source' => 'ats-import', 'requisition' => null, 'first_seen' => '2025-01-01T00:00:00+00:00'];
    }
    $server = new SocketHttpServer();
    $server->start(new ClosureRequestHandler(makeIntakeHandler(new ApplicantRepository(), $seenApplicants)));
}
