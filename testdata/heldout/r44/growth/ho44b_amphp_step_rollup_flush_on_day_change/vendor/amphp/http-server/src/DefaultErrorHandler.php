<?php

declare(strict_types=1);

namespace Amp\Http\Server;

final class DefaultErrorHandler implements ErrorHandler
{
    public function handleError(int $status, ?string $reason = null, ?Request $request = null): Response
    {
        return new Response($status, ['content-type' => 'text/plain; charset=utf-8'], $reason ?? 'Error');
    }
}
