<?php

return [
    'en' => [
        'validation' => [
            'required' => 'The :attribute field is required.',
            'max' => 'The :attribute may not be greater than :max characters.',
            'in' => 'The selected :attribute is invalid.',
            'custom' => [
                'answers' => [
                    '*' => [
                        'required' => 'Please answer this question before submitting.',
                        'max' => 'Your answer is too long (:max characters at most).',
                    ],
                ],
            ],
            'attributes' => [
                'respondent_email' => 'e-mail address',
            ],
        ],
    ],
];
