<?php

declare(strict_types=1);

namespace Amp\Http\Server;

interface ErrorHandler
{
    public function handleError(int $status, ?string $reason = null, ?Request $request = null): Response;
}
