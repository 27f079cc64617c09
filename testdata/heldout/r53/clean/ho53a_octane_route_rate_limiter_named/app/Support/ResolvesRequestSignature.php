<?php

namespace App\Support;

use Illuminate\Http\Request;

trait ResolvesRequestSignature
{
    /**
     * The bucket a request counts against: one per named endpoint.
     */
    protected function resolveRequestSignature(Request $request): string
    {
        return sha1(implode('|', [
            $request->method(),
            $request->route()?->getName() ?: 'unnamed',
        ]));
    }
}
