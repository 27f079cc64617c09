<?php

declare(strict_types=1);

namespace App\Http;

use App\Audit\AuditSink;
use App\Models\Invoice;
use Octane\Request;

final class InvoiceController
{
    public function __construct(private readonly AuditSink $sink) {}

    public function update(Request $request): array
    {
        $this->sink->reset();
        $invoice = new Invoice(['id' => (int) $request->input['id'], 'status' => 'draft', 'due_days' => 30]);
        $invoice->fill(['status' => $request->input['status'], 'due_days' => (int) $request->input['due_days']])->save();

        return ['id' => $invoice->getKey(), 'audit' => count($this->sink->entries)];
    }
}
