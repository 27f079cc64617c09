<?php

declare(strict_types=1);

namespace App;

use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;
use App\Billing\InvoicePresenter;
use App\Container\Container;

final class InvoiceHandler implements RequestHandler
{
    public function __construct(private readonly Container $container)
    {
    }

    public function handleRequest(Request $request): Response
    {
        $scope = $this->container->createScope();
        $scope->set(Request::class, $request);

        $html = $scope->get(InvoicePresenter::class)->render();

        return new Response(200, ['content-type' => 'text/html; charset=utf-8'], $html);
    }
}
