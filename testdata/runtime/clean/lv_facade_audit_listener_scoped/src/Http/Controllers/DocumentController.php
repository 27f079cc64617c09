<?php

namespace App\Http\Controllers;

use App\Support\Facades\Audit;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

class DocumentController extends Controller
{
    public function download(Request $request, string $document): Response
    {
        Audit::listen(function (string $action, array $context) use ($request): void {
            $request->attributes->set('audited', $action);
        });
        Audit::record('document.downloaded', [
            'document' => (int) $document,
            'ip' => $request->ip(),
            'user_agent' => $request->header('user-agent'),
            'referer' => $request->header('referer'),
        ]);

        return new Response("%PDF-1.7 document {$document}", 200, ['content-type' => 'application/pdf']);
    }
}
