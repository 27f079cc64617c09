<?php

declare(strict_types=1);

namespace Acme\Runners\Http;

use Acme\Runners\Runner\Heartbeat;
use Acme\Runners\Runner\RunnerRegistry;

final class HeartbeatAction
{
    public function __construct(private readonly RunnerRegistry $runners)
    {
    }

    public function __invoke(): int
    {
        if (!preg_match('#^/api/v4/runners/([a-z0-9-]+)/heartbeat$#', $_SERVER['REQUEST_URI'], $m)) {
            return 404;
        }
        if (!$this->runners->authenticate($m[1], $_SERVER['HTTP_X_RUNNER_TOKEN'] ?? '')) {
            return 403;
        }
        $this->runners->heartbeat(Heartbeat::fromGlobals($m[1]));

        return 204;
    }
}
