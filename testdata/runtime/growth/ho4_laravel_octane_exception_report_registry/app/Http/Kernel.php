<?php

namespace App\Http;

use App\Http\Controllers\ShippingQuoteController;
use Illuminate\Contracts\Debug\ExceptionHandler;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Throwable;

class Kernel
{
    public function __construct(
        protected ShippingQuoteController $controller,
        protected ExceptionHandler $exceptions,
    ) {
    }

    public function handle(Request $request): JsonResponse
    {
        try {
            return $this->controller->show($request);
        } catch (Throwable $e) {
            $this->exceptions->report($e);

            return $this->exceptions->render($request, $e);
        }
    }
}
