<?php

namespace App\Http;

use App\Glossary\TermHighlighter;
use App\Glossary\TermScanner;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

final class HighlightController
{
    public function __construct(private TermScanner $scanner)
    {
    }

    public function __invoke(Request $request): JsonResponse
    {
        $documentId = (string) $request->input('document');
        $text = (string) $request->input('text');

        $highlighter = new TermHighlighter($documentId, $text);
        $hits = $this->scanner->scan($documentId, $text);

        return new JsonResponse(['hits' => $hits] + $highlighter->render());
    }
}
