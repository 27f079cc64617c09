<?php

declare(strict_types=1);

namespace App\View\Components;

use App\View\AuthorizationException;
use App\View\Component;

final class WelcomeBanner extends Component
{
    public function render(): string
    {
        return sprintf('<h1>Welcome back, %s</h1>', htmlspecialchars($this->user['name']));
    }
}

final class OpenInvoices extends Component
{
    public function render(): string
    {
        if ($this->user['plan'] === 'free') {
            throw new AuthorizationException('Invoices require a paid plan.');
        }

        $rows = array_map(
            static fn (array $invoice): string => sprintf('<tr><td>%s</td><td>%s</td></tr>', $invoice['number'], $invoice['total']),
            $this->data['invoices'],
        );

        return '<table>' . implode('', $rows) . '</table>';
    }
}

final class ActivityFeed extends Component
{
    public function render(): string
    {
        return '<ul><li>' . implode('</li><li>', array_map('htmlspecialchars', $this->data['events'])) . '</li></ul>';
    }
}
