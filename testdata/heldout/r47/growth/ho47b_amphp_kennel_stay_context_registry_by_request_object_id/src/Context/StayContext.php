<?php

namespace App\Context;

use Amp\Http\Server\Request;

final class StayContext
{
    public function __construct(
        public readonly Request $request,
        public readonly string $stayId,
        public readonly array $unit,
        public readonly string $caretaker,
        public readonly float $startedAt,
    ) {
    }

    public function auditLine(string $action): string
    {
        return sprintf('%s %s stay=%s unit=%s by=%s: %s', $this->request->getMethod(), $this->request->getUri(), $this->stayId, $this->unit['unit'], $this->caretaker, $action);
    }
}
