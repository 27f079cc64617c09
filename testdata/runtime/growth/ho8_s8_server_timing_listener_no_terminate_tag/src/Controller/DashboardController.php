<?php

namespace App\Controller;

use App\EventListener\ServerTimingListener;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

final class DashboardController
{
    public function __construct(private ServerTimingListener $timing) {}

    public function __invoke(Request $request): Response
    {
        $account = (int) $request->query['account'];
        $sql = "SELECT o.id, o.total, o.status FROM orders o JOIN accounts a ON a.id = o.account_id WHERE a.id = {$account} ORDER BY o.created_at DESC LIMIT 50";
        $this->timing->add('db', 3.2, $sql . ' /* ' . str_repeat('dashboard ', 20) . '*/');
        $html = "<h1>Account {$account}</h1>" . str_repeat('<tr><td>order</td></tr>', 20);
        $this->timing->add('render', 1.1, 'dashboard/index.html.twig');
        return new Response($html);
    }
}
