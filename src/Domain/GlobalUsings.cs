global using LivingLibrary.Domain.Competences;
global using LivingLibrary.Domain.Groups;
global using LivingLibrary.Domain.Participants;
global using LivingLibrary.Domain.Cases;
global using LivingLibrary.Domain.DropIns;
