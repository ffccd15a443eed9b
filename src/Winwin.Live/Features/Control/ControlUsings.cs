// The deal form's model (DealFormModel.cs) names the desk's records (Events) and the staff deal (Deals) by their short names.
global using Winwin.Live.Features.Deals;
global using Winwin.Live.Features.Events;
