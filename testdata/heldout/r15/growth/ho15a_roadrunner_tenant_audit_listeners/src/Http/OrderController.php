<?php

declare(strict_types=1);

namespace App\Http;

use Acme\Events\Dispatcher;
use App\Events\ModelSaved;
use App\Events\QueryExecuted;

final class OrderController
{
    public function __construct(private readonly Dispatcher $events)
    {
    }

    public function __invoke(Request $request): array
    {
        $payload = json_decode($request->body, true) ?: [];
        $this->events->dispatch(new QueryExecuted('insert into orders (sku, qty) values (?, ?)', [$payload['sku'] ?? '', $payload['qty'] ?? 0], 3.2));
        $this->events->dispatch(new ModelSaved('Order', (string) ($payload['id'] ?? '0')));

        return ['status' => 201, 'body' => '{"ok":true}'];
    }
}
