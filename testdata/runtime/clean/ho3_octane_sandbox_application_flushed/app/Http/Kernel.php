<?php

declare(strict_types=1);

namespace App\Http;

use App\Http\Controllers\InvoiceController;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

final class Kernel
{
    public function __construct(private readonly Application $app) {}

    public function handle(Request $request): Response
    {
        if (!str_starts_with($request->path(), 'invoices/')) {
            return new Response('Not Found', 404);
        }

        /** @var InvoiceController $controller */
        $controller = $this->app->make(InvoiceController::class);

        return $controller->show($request);
    }
}
