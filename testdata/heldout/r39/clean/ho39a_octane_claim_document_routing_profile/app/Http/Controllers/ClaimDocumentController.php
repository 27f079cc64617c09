<?php

namespace App\Http\Controllers;

use App\Documents\ClaimDocument;
use App\Support\Facades\Classifier;
use Illuminate\Http\Request;

class ClaimDocumentController
{
    public function store(Request $request): array
    {
        $document = ClaimDocument::fromRequest($request);
        $classification = Classifier::classify($document);

        return [
            'status' => 202,
            'claim' => $document->claimNumber,
            'queue' => $classification->routingQueue,
            'missing' => array_values(array_diff($classification->requiredFields, array_keys(array_filter([
                'policy_number' => $request->input('policy_number'),
                'date_of_loss' => $request->input('date_of_loss'),
                'vin' => $request->input('vin'),
            ])))),
        ];
    }
}
