<?php

namespace App\Context;

use Amp\Http\Server\Request;

final class StayContext
{
    public readonly string $method;
    public readonly string $uri;

    public function __construct(
        Request $request,
        public readonly string $stayId,
        public readonly array $unit,
        public readonly string $caretaker,
        public readonly float $startedAt,
    ) {
        // Only what the audit line needs: the context must not keep its own
        // WeakMap key (the request) alive.
        $this->method = $request->getMethod();
        $this->uri = $request->getUri();
    }

    public function auditLine(string $action): string
    {
        return sprintf('%s %s stay=%s unit=%s by=%s: %s', $this->method, $this->uri, $this->stayId, $this->unit['unit'], $this->caretaker, $action);
    }
}
