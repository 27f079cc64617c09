<?php

declare(strict_types=1);

namespace App\Listeners;

use App\Audit\AuditContext;
use App\Audit\AuditSink;
use App\Audit\AuditTrailObserver;
use App\Models\Invoice;
use Octane\RequestReceived;

/** The audit trail needs the acting user, so the observer is rebuilt for every request. */
final class RegisterAuditObservers
{
    public function __construct(private readonly AuditSink $sink) {}

    public function __invoke(RequestReceived $event): void
    {
        $request = $event->request;
        $context = new AuditContext(
            actor: $request->header('x-user', 'anonymous'),
            ip: $request->header('x-forwarded-for', '127.0.0.1'),
            userAgent: $request->header('user-agent'),
            claims: json_decode(base64_decode($request->header('x-claims', 'e30=')), true) ?: [],
        );

        Invoice::observe(new AuditTrailObserver($context, $this->sink));
    }
}
