<?php

namespace App\Message;

use App\Security\InvoiceVoter;
use Symfony\Component\Security\Core\Authentication\Token\PostAuthenticationToken;
use Symfony\Component\Security\Core\Authorization\AccessDecisionManagerInterface;

final class ExportInvoicesHandler
{
    public function __construct(private AccessDecisionManagerInterface $decisions)
    {
    }

    public function __invoke(ExportInvoices $message): void
    {
        // Async handlers have no firewall: rebuild the requester's token from the message.
        $token = new PostAuthenticationToken(
            $message->requestedBy,
            'async',
            $message->roles,
            ['tenant' => $message->tenant, 'impersonator' => null, 'issued_for' => 'export:' . $message->format],
        );

        $rows = [];
        foreach ($message->invoiceIds as $id) {
            $invoice = ['type' => 'invoice', 'id' => $id, 'tenant' => $message->tenant];
            if ($this->decisions->decide($token, [InvoiceVoter::EXPORT], $invoice)) {
                $rows[] = $id;
            }
        }
        foreach ($message->invoiceIds as $id) {
            // download links are checked again when the file is assembled
            $this->decisions->decide($token, [InvoiceVoter::EXPORT], ['type' => 'invoice', 'id' => $id, 'tenant' => $message->tenant]);
        }
    }
}
