<?php

declare(strict_types=1);

/*
 * AMPHP HTTP server for an interactive web randomisation system (IWRS).
 * Sites POST an enrolment; the randomiser assigns a treatment arm from a
 * stratified permuted-block list. A response middleware stamps the allocation
 * on the response and writes the regulatory audit line.
 */

namespace Amp\Http\Server {
    final class Request
    {
        private array $attributes = [];

        public function __construct(
            public readonly string $method,
            public readonly string $path,
            public readonly array $headers,
            public readonly string $body,
        ) {
        }

        public function getHeader(string $name): ?string
        {
            return $this->headers[strtolower($name)] ?? null;
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
        private array $headers = [];

        public function __construct(public readonly int $status, public readonly string $body)
        {
        }

        public function setHeader(string $name, string $value): void
        {
            $this->headers[$name] = $value;
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    interface Middleware
    {
        public function handleRequest(Request $request, RequestHandler $next): Response;
    }

    final class MiddlewareStack implements RequestHandler
    {
        public function __construct(private readonly Middleware $middleware, private readonly RequestHandler $handler)
        {
        }

        public function handleRequest(Request $request): Response
        {
            return $this->middleware->handleRequest($request, $this->handler);
        }
    }

    final class SocketHttpServer
    {
        private ?RequestHandler $handler = null;

        public function start(RequestHandler $handler): void
        {
            $this->handler = $handler;
        }

        /** Test harness for the fibers that would accept connections. */
        public function dispatch(Request $request): Response
        {
            return $this->handler->handleRequest($request);
        }
    }
}

namespace Iwrs\Randomisation {
    use Amp\Http\Server\Middleware;
    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;

    final class Allocation
    {
        public function __construct(
            public readonly string $subjectId,
            public readonly string $stratum,
            public readonly string $arm,
            public readonly int $blockPosition,
            public readonly string $site,
        ) {
        }
    }

    /** Allocations in flight, by request, until the response has been stamped. */
    final class AllocationTracker
    {
        private array $inFlight = [];

        public function record(Request $request, Allocation $allocation): void
        {
            $this->inFlight[spl_object_id($request)] = ['allocation' => $allocation, 'at' => microtime(true)];
        }

        public function find(Request $request): ?Allocation
        {
            return $this->inFlight[spl_object_id($request)]['allocation'] ?? null;
        }

        public function release(Request $request): void
        {
            unset($this->inFlight[spl_object_id($request)]);
        }
    }

    final class BlockList
    {
        private array $cursor = [];

        /** @param array<string, list<string>> $blocks per stratum, repeated */
        public function __construct(private readonly array $blocks)
        {
        }

        public function next(string $stratum): array
        {
            $block = $this->blocks[$stratum];
            $position = $this->cursor[$stratum] = (($this->cursor[$stratum] ?? -1) + 1) % count($block);
            return [$block[$position], $position];
        }
    }

    class EnrolmentException extends \RuntimeException
    {
    }

    final class KitSupplyException extends EnrolmentException
    {
    }

    /** Site depots: kits are shipped in pairs, a site waits for the next shipment when its shelf is empty. */
    final class KitDepot
    {
        private array $shelf = [];

        public function reserve(string $site, string $arm, string $subjectId): string
        {
            $left = $this->shelf[$site][$arm] ?? 1;
            if ($left === 0) {
                $this->shelf[$site][$arm] = 1; // resupply ordered, arrives before the next visit
                throw new KitSupplyException("No arm {$arm} kit at site {$site} for {$subjectId}, resupply ordered");
            }
            $this->shelf[$site][$arm] = $left - 1;
            return sprintf('KIT-%s-%05d', $site, 10000 + crc32($subjectId) % 90000);
        }
    }

    final class RandomiseHandler implements RequestHandler
    {
        private const STRATA = ['age<65|HbA1c<8', 'age<65|HbA1c>=8', 'age>=65|HbA1c<8', 'age>=65|HbA1c>=8'];

        public function __construct(
            private readonly BlockList $blocks,
            private readonly KitDepot $depot,
            private readonly AllocationTracker $tracker,
        ) {
        }

        public function handleRequest(Request $request): Response
        {
            $form = json_decode($request->body, true);
            if (!$form['consent_signed'] || $form['screening_status'] !== 'ELIGIBLE') {
                throw new EnrolmentException(sprintf('Subject %s cannot be randomised: %s', $form['subject_id'], $form['consent_signed'] ? $form['screening_status'] : 'consent missing'));
            }
            $stratum = self::STRATA[($form['age'] >= 65 ? 2 : 0) + ($form['hba1c'] >= 8.0 ? 1 : 0)];
            [$arm, $position] = $this->blocks->next($stratum);
            $allocation = new Allocation($form['subject_id'], $stratum, $arm, $position, $form['site']);
            $this->tracker->record($request, $allocation);
            $kit = $this->depot->reserve($form['site'], $arm, $form['subject_id']);
            return new Response(201, json_encode(['subject' => $allocation->subjectId, 'kit' => $kit]));
        }
    }

    final class AllocationAuditMiddleware implements Middleware
    {
        public function __construct(private readonly AllocationTracker $tracker, private readonly \Closure $audit)
        {
        }

        public function handleRequest(Request $request, RequestHandler $next): Response
        {
            $request->setAttribute('audit.user', $request->getHeader('x-iwrs-user') ?? 'unknown');
            $request->setAttribute('audit.request', $request->getHeader('x-request-id'));
            try {
                $response = $next->handleRequest($request);
            } catch (EnrolmentException $e) {
                ($this->audit)('REJECTED', $request->getAttribute('audit.user'), $e->getMessage());
                return new Response(409, json_encode(['error' => $e->getMessage()]));
            }
            $allocation = $this->tracker->find($request);
            if ($allocation !== null) {
                $response->setHeader('X-Allocation-Stratum', $allocation->stratum);
                ($this->audit)('RANDOMISED', $request->getAttribute('audit.user'), "{$allocation->subjectId} arm={$allocation->arm} site={$allocation->site}");
            }
            $this->tracker->release($request);
            return $response;
        }
    }
}

namespace {
    use Amp\Http\Server\MiddlewareStack;
    use Amp\Http\Server\Request;
    use Amp\Http\Server\SocketHttpServer;
    use Iwrs\Randomisation;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $tracker = new Randomisation\AllocationTracker();
    $auditTrail = new SplFixedArray(64);
    $auditCount = 0;
    $audit = static function (string $event, string $user, string $detail) use ($auditTrail, &$auditCount): void {
        $auditTrail[$auditCount++ % 64] = date('c') . " {$event} by {$user}: {$detail}";
    };
    $server = new SocketHttpServer();
    $server->start(new MiddlewareStack(
        new Randomisation\AllocationAuditMiddleware($tracker, $audit),
        new Randomisation\RandomiseHandler(new Randomisation\BlockList([
            'age<65|HbA1c<8' => ['A', 'B', 'B', 'A'],
            'age<65|HbA1c>=8' => ['B', 'A', 'A', 'B'],
            'age>=65|HbA1c<8' => ['A', 'A', 'B', 'B'],
            'age>=65|HbA1c>=8' => ['B', 'B', 'A', 'A'],
        ]), new Randomisation\KitDepot(), $tracker),
    ));

    for ($i = 0; $i < $n; $i++) {
        $site = ['101', '104', '212', '305'][$i % 4];
        $body = json_encode([
            'subject_id' => sprintf('%s-%04d', $site, 1 + intdiv($i, 4)),
            'site' => $site,
            'initials' => ['JKL', 'M-R', 'ABD', 'TSW', 'EEV'][$i % 5],
            'age' => 41 + ($i * 17) % 40,
            'hba1c' => 6.8 + ($i % 30) / 10,
            'consent_signed' => $i % 13 !== 5,
            'consent_version' => 'ICF v4.0 2024-02-11',
            'screening_status' => $i % 9 === 8 ? 'SCREEN_FAIL' : 'ELIGIBLE',
            'medical_history' => array_slice(['Type 2 diabetes mellitus', 'Essential hypertension', 'Hyperlipidaemia', 'Obesity', 'Osteoarthritis of knee', 'GERD'], $i % 3, 3 + $i % 3),
            'investigator_comment' => 'Screening labs reviewed on ' . date('Y-m-d', 1717000000 + $i * 3600) . ', no clinically significant findings for visit ' . ($i % 4 + 1),
        ]);
        $server->dispatch(new Request('POST', '/randomise', [
            'x-iwrs-user' => "site{$site}.coordinator",
            'x-request-id' => bin2hex(random_bytes(16)),
            'traceparent' => sprintf('00-%s-%s-01', bin2hex(random_bytes(16)), bin2hex(random_bytes(8))),
            'user-agent' => 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
            'content-type' => 'application/json',
        ], $body));
    }
}
