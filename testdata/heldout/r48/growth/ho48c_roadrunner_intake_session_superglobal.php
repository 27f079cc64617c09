<?php
// Modeled on the leak RoadRunner bridges fixed by restoring the superglobals to a boot-time snapshot after each request; this bridge never restores $_SESSION.
// RoadRunner worker serving the legacy client-intake page of a food pantry (households checking in for a grocery visit).

namespace Nyholm\Psr7 {
    final class ServerRequest
    {
        public function __construct(
            public readonly string $method,
            public readonly string $uri,
            public readonly array $serverParams = [],
            public readonly array $queryParams = [],
            public readonly array $parsedBody = [],
            public readonly array $cookieParams = [],
        ) {
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status = 200, public readonly string $body = '')
        {
        }
    }
}

namespace Spiral\RoadRunner\Http {
    use Nyholm\Psr7\Response;
    use Nyholm\Psr7\ServerRequest;

    // Stand-in for PSR7Worker: waitRequest() blocks on the RR relay; here it
    // builds the next check-in POST until PHPLEAK_N requests were served.
    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private int $max)
        {
        }

        public function waitRequest(): ?ServerRequest
        {
            if ($this->served >= $this->max) {
                return null;
            }
            $n = $this->served++;

            return new ServerRequest('POST', '/intake/checkin.php', [
                'REMOTE_ADDR' => '192.168.7.'.($n % 250),
                'REQUEST_TIME_FLOAT' => microtime(true),
                'HTTP_USER_AGENT' => 'IntakeTablet/2.4 (front desk '.($n % 3).')',
            ], [], [
                'household_id' => 'HH-'.(52000 + $n),
                'household_size' => 1 + $n % 7,
                'zip' => sprintf('%05d', 60600 + $n % 40),
                'dietary' => ['halal', 'no-pork', 'diabetic-friendly', 'infant-formula'][$n % 4],
                'items' => ['canned vegetables x4', 'rice 2kg', 'peanut butter', 'fresh produce box', 'milk 2L', 'bread loaf'],
            ], ['PHPSESSID' => bin2hex(random_bytes(8))]);
        }

        public function respond(Response $response): void
        {
        }
    }
}

namespace App {
    use Nyholm\Psr7\Response;
    use Nyholm\Psr7\ServerRequest;

    // Copies the PSR-7 request into the superglobals the legacy scripts read.
    final class SuperglobalBridge
    {
        private array $bootServer;

        public function __construct()
        {
            $this->bootServer = $_SERVER;
            $_SESSION = [];
        }

        public function populate(ServerRequest $request): void
        {
            $_GET = $request->queryParams;
            $_POST = $request->parsedBody;
            $_COOKIE = $request->cookieParams;
            $_SERVER = $request->serverParams + ['REQUEST_METHOD' => $request->method, 'REQUEST_URI' => $request->uri] + $this->bootServer;
        }

        public function handle(ServerRequest $request, callable $script): Response
        {
            $this->populate($request);
            ob_start();
            $script();

            return new Response(200, (string) ob_get_clean());
        }
    }

    // legacy/intake/checkin.php, wrapped in a function by the bridge
    function checkin_script(): void
    {
        $visit = [
            'household' => $_POST['household_id'],
            'size' => (int) $_POST['household_size'],
            'zip' => $_POST['zip'],
            'dietary' => $_POST['dietary'],
            'items' => $_POST['items'],
            'desk' => $_SERVER['HTTP_USER_AGENT'],
            'at' => $_SERVER['REQUEST_TIME_FLOAT'],
        ];
        $_SESSION['visits'][] = $visit; // leak
        $_SESSION['last_household'] = $visit['household'];

        $count = count($_SESSION['visits']);
        echo "<p>Checked in {$visit['household']} ({$visit['size']} people). Visit #{$count} this session.</p>";
    }
}

namespace {
    $bridge = new App\SuperglobalBridge();
    $worker = new Spiral\RoadRunner\Http\PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));

    while ($request = $worker->waitRequest()) {
        $worker->respond($bridge->handle($request, 'App\checkin_script'));
    }
}
