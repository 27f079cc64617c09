<?php
namespace App\Http;

use Illuminate\Foundation\Http\Kernel as HttpKernel;

final class Kernel extends HttpKernel
{
    protected array $middleware = [
        Middleware\AuthenticateApiToken::class,
        Middleware\RecordAuditTrail::class,
    ];

    protected array $routes = [
        'api/invoices' => [Controllers\InvoiceController::class, 'index'],
    ];
}
